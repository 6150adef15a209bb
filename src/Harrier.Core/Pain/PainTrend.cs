namespace Harrier.Core.Pain;

/// <summary>The figures the pain-monitoring rules look at, worked out from the runner's signals on one day.</summary>
/// <param name="Latest">The latest run with a pain score in the last <see cref="PainMonitoring.LookBackDays"/> days, or null.</param>
/// <param name="ThisWeekMorning">Mean morning pain over the last 7 days (today included), or null when none was recorded.</param>
/// <param name="LastWeekMorning">Mean morning pain over the 7 days before those, or null.</param>
/// <param name="NothingRecorded">True when the runner recorded nothing in the last <see cref="PainMonitoring.LookBackDays"/> days:
/// no run, pain score or check-in to go on.</param>
public sealed record PainTrend(PainObservation? Latest, double? ThisWeekMorning, double? LastWeekMorning, bool NothingRecorded = false)
{
    /// <summary>Morning pain rose by at least <see cref="PainMonitoring.WeeklyRise"/> points from last week's mean to this week's.</summary>
    public bool RisingWeekOnWeek => ThisWeekMorning - LastWeekMorning >= PainMonitoring.WeeklyRise - 1e-9;

    /// <summary>
    /// Which way morning pain went from last week's mean to this week's: "rising" or "falling" by at least
    /// <see cref="PainMonitoring.WeeklyRise"/> point, else "steady"; null without a morning score in both weeks.
    /// </summary>
    public string? MorningDirection =>
        ThisWeekMorning is not { } now || LastWeekMorning is not { } before ? null
        : RisingWeekOnWeek ? "rising"
        : before - now >= PainMonitoring.WeeklyRise - 1e-9 ? "falling"
        : "steady";

    /// <summary>
    /// The morning trend in plain words for a coach or runner, e.g. "averaging 2.7/10 this week, 1.0/10 last week: rising";
    /// "not recorded" without morning scores in the last two weeks.
    /// </summary>
    public string MorningWords()
    {
        static string Mean(double value) => value.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "/10";
        return (ThisWeekMorning, LastWeekMorning) switch
        {
            ({ } now, { } before) => $"averaging {Mean(now)} this week, {Mean(before)} last week: {MorningDirection}",
            ({ } now, null) => $"averaging {Mean(now)} this week (none recorded last week)",
            (null, { } before) => $"none recorded this week ({Mean(before)} last week)",
            _ => "not recorded",
        };
    }

    /// <summary>Works out the trend on <paramref name="today"/>.</summary>
    public static PainTrend From(PainSignals signals, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var latest = signals.Observations(today).LastOrDefault(o => o.HasScore && o.Day > today.AddDays(-PainMonitoring.LookBackDays));
        var mornings = signals.Mornings.Where(m => m.Key <= today).ToArray();
        return new PainTrend(latest, Mean(mornings, today.AddDays(-6), today), Mean(mornings, today.AddDays(-13), today.AddDays(-7)),
            signals.NothingBetween(today.AddDays(1 - PainMonitoring.LookBackDays), today));
    }

    private static double? Mean(KeyValuePair<DateOnly, int>[] mornings, DateOnly from, DateOnly to)
    {
        var values = mornings.Where(m => m.Key >= from && m.Key <= to).Select(m => (double)m.Value).ToArray();
        return values.Length > 0 ? values.Average() : null;
    }
}
