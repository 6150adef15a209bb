namespace Harrier.Core.Plans;

/// <summary>The figures the pain-monitoring rules look at, worked out from the runner's recent observations.</summary>
/// <param name="During">Pain during the latest run.</param>
/// <param name="Morning">Pain the morning after the latest run.</param>
/// <param name="PreviousMorning">The morning pain recorded before that one.</param>
/// <param name="Baseline">The runner's usual morning pain before starting (0 for none).</param>
/// <param name="ThisWeekMorning">Mean morning pain over the 7 days up to the latest run.</param>
/// <param name="LastWeekMorning">Mean morning pain over the 7 days before those.</param>
/// <param name="RedFlag">Any red flag in the latest observation.</param>
public sealed record PainTrend(
    int? During,
    int? Morning,
    int? PreviousMorning,
    int Baseline,
    double? ThisWeekMorning,
    double? LastWeekMorning,
    bool RedFlag)
{
    /// <summary>Works out the trend from observations in any order.</summary>
    public static PainTrend From(IEnumerable<PainObservation> history, int baseline)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfNegative(baseline);
        var ordered = history.OrderBy(o => o.Day).ToArray();
        if (ordered.Length == 0)
        {
            return new PainTrend(null, null, null, baseline, null, null, false);
        }

        var latest = ordered[^1];
        var mornings = ordered.Where(o => o.NextMorning is not null).ToArray();
        var previous = mornings.Where(o => o.Day < latest.Day).Select(o => o.NextMorning).LastOrDefault();
        return new PainTrend(latest.DuringRun, latest.NextMorning, previous, baseline,
            MeanMorning(mornings, latest.Day.AddDays(-6), latest.Day),
            MeanMorning(mornings, latest.Day.AddDays(-13), latest.Day.AddDays(-7)),
            latest.RedFlag);
    }

    private static double? MeanMorning(IEnumerable<PainObservation> mornings, DateOnly from, DateOnly to)
    {
        var values = mornings.Where(o => o.Day >= from && o.Day <= to).Select(o => (double)o.NextMorning!.Value).ToArray();
        return values.Length > 0 ? values.Average() : null;
    }
}
