using System.Globalization;

namespace Harrier.Core.Pain;

/// <summary>Turns recorded pain into a training action: the first matching row of <see cref="Rules"/> decides.</summary>
/// <remarks>
/// Adapted from the pain-monitoring model of Silbernagel KG et al., Am J Sports Med 2007;35(6):897–906 (EVIDENCE §3): pain during
/// activity may reach 5/10 [S]; pain after activity must have settled by the next morning [S]; pain must not rise from week to
/// week [S]; if pain is increased the next day, the amount of exercise should be decreased [S]. The model was validated in
/// Achilles tendinopathy, not back pain, so the basis says "adapted" (<see cref="DecisionBasis.PainMonitoringModel"/>). Harrier's
/// design [D]: the latest run with a score in the last two weeks is decided on; a rise of one point over the baseline repeats the
/// last session, two or more (or above 5) makes the next one easier; a week-on-week rise means a rise of at least one point in the
/// mean morning score.
/// </remarks>
public static class PainMonitoring
{
    /// <summary>The largest pain during a run the model accepts (0–10 scale).</summary>
    public const int AcceptableDuring = 5;

    /// <summary>How far back (days) a run's scores still decide.</summary>
    public const int LookBackDays = 14;

    /// <summary>The rise in mean morning pain (points) from one week to the next that counts as rising.</summary>
    public const double WeeklyRise = 1;

    /// <summary>The rows in the order they are tried.</summary>
    public static IReadOnlyList<PainMonitoringRule> Rules { get; } =
    [
        new("during-above-5", t => t.Latest?.DuringRun > AcceptableDuring, PainAction.Reduce, t => Text(
            $"Pain during your run on {Day(t)} reached {t.Latest!.DuringRun}/10, above the 5/10 the model accepts. Stop a run when pain goes past 5; the next session is made easier.")),
        new("rising-week-on-week", t => t.RisingWeekOnWeek, PainAction.Deload, t => Text(
            $"Your morning pain has risen from one week to the next (an average of {t.LastWeekMorning:0.#} the week before, {t.ThisWeekMorning:0.#} this week). The coming week is an easier week.")),
        new("morning-well-above-baseline", t => t.Latest is { NextMorning: { } m, Baseline: var b } && (m - b >= 2 || (m > b && m > AcceptableDuring)),
            PainAction.Reduce, t => Text(
            $"The morning after your run on {Day(t)} the pain was {t.Latest!.NextMorning}/10, clearly above your usual {t.Latest.Baseline}/10: it had not settled. The next session is made easier.")),
        new("morning-above-baseline", t => t.Latest is { NextMorning: { } m, Baseline: var b } && m > b, PainAction.Repeat, t => Text(
            $"The morning after your run on {Day(t)} the pain was {t.Latest!.NextMorning}/10, a little above your usual {t.Latest.Baseline}/10. Repeat the last session before stepping up.")),
        new("no-morning-yet", t => t.Latest is { NextMorning: null } o && (o.DuringRun > o.Baseline || o.AfterRun > o.Baseline), PainAction.Hold, t => Text(
            $"Record how the pain is the morning after your run on {Day(t)}; until then, do not step up.")),
        new("settled", t => t.Latest is not null, PainAction.Progress, t => Text(
            $"Pain stayed at 5/10 or less during your run on {Day(t)} and was back to your usual level the next morning. Carry on as planned.")),
        new("no-pain-recorded", _ => true, PainAction.Progress, _ =>
            "No pain was recorded around your runs in the last two weeks. Carry on as planned."),
    ];

    /// <summary>The decision for the runner's signals on <paramref name="today"/>.</summary>
    public static PainDecision Decide(PainSignals signals, DateOnly today)
    {
        var trend = PainTrend.From(signals, today);
        var rule = Rules.First(r => r.Applies(trend));
        return new PainDecision(rule.Action, rule.Reason(trend), DecisionBasis.PainMonitoringModel, rule.Name, trend.Latest?.Day);
    }

    private static string Day(PainTrend trend) => trend.Latest!.Day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
