namespace Harrier.Core.Load;

/// <summary>The summed session load (RPE × minutes, arbitrary units) of one calendar day; rest days are 0.</summary>
public readonly record struct DailyLoad(DateOnly Day, double Load);
