namespace Harrier.Core.Load;

/// <summary>Chronic load (CTL, "fitness"), acute load (ATL, "fatigue") and form (TSB) at the end of a day.</summary>
/// <param name="Day">The day.</param>
/// <param name="Ctl">42-day exponentially weighted average of daily load.</param>
/// <param name="Atl">7-day exponentially weighted average of daily load.</param>
/// <param name="Tsb">Form: yesterday's CTL − yesterday's ATL.</param>
public readonly record struct FitnessFatiguePoint(DateOnly Day, double Ctl, double Atl, double Tsb);
