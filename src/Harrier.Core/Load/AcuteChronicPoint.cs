namespace Harrier.Core.Load;

/// <summary>One day of the acute:chronic trend: mean daily load of the last 7 days against that of days 8–28 before.</summary>
/// <param name="Day">The day.</param>
/// <param name="Acute">Mean daily load over days t−6…t.</param>
/// <param name="Chronic">Mean daily load over days t−27…t−7, or null before 28 days of history.</param>
/// <param name="Ratio">Acute ÷ chronic, or null when there is no chronic load.</param>
public readonly record struct AcuteChronicPoint(DateOnly Day, double Acute, double? Chronic, double? Ratio);
