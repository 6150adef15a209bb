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
/// mean morning score. Without a morning score from before the run there is no baseline: a morning above 5/10, or above the pain
/// during and after the run (pain increased the next day), makes the next session easier; any other morning pain holds until a
/// baseline is known; nothing recorded at all in the last two weeks says so rather than advising anything.
/// </remarks>
public static class PainMonitoring
{
    /// <summary>The largest pain during a run the model accepts (0–10 scale).</summary>
    public const int AcceptableDuring = 5;

    /// <summary>How far back (days) a run's scores still decide.</summary>
    public const int LookBackDays = 14;

    /// <summary>The rise in mean morning pain (points) from one week to the next that counts as rising.</summary>
    public const double WeeklyRise = 1;

    /// <summary>The rule that decides when the runner recorded nothing recently: there is nothing to go on.</summary>
    public const string NothingRecordedRule = "nothing-recorded";

    /// <summary>The rows in the order they are tried.</summary>
    /// <remarks>A baseline is only ever the runner's own morning score before the run; without one, the rows that compare with it
    /// do not apply and the reason says what is missing instead of assuming a usual level.</remarks>
    public static IReadOnlyList<PainMonitoringRule> Rules { get; } =
    [
        new("during-above-5", t => t.Latest?.DuringRun > AcceptableDuring, PainAction.Reduce, t => Text(
            $"Pain during your run on {Day(t)} reached {t.Latest!.DuringRun}/10, above the 5/10 the model accepts. Stop a run when pain goes past 5; the next session is made easier.")),
        new("rising-week-on-week", t => t.RisingWeekOnWeek, PainAction.Deload, t => Text(
            $"Your morning pain has risen from one week to the next (an average of {t.LastWeekMorning:0.#} the week before, {t.ThisWeekMorning:0.#} this week). The coming week is an easier week.")),
        new("morning-well-above-baseline", t => t.Latest is { NextMorning: { } m, Baseline: { } b } && (m - b >= 2 || (m > b && m > AcceptableDuring)),
            PainAction.Reduce, t => Text(
            $"The morning after your run on {Day(t)} the pain was {t.Latest!.NextMorning}/10, clearly above your usual {t.Latest.Baseline}/10: it had not settled. The next session is made easier.")),
        new("morning-above-baseline", t => t.Latest is { NextMorning: { } m, Baseline: { } b } && m > b, PainAction.Repeat, t => Text(
            $"The morning after your run on {Day(t)} the pain was {t.Latest!.NextMorning}/10, a little above your usual {t.Latest.Baseline}/10. Repeat the last session before stepping up.")),
        new("morning-high-no-baseline", t => t.Latest is { NextMorning: > AcceptableDuring, Baseline: null }, PainAction.Reduce, t => Text(
            $"The morning after your run on {Day(t)} the pain was {t.Latest!.NextMorning}/10, above the 5/10 the model accepts: it had not settled. The next session is made easier.")),
        new("morning-rose-no-baseline", t => t.Latest is { NextMorning: { } m, Baseline: null, AroundRun: { } r } && m > r, PainAction.Reduce, t => Text(
            $"The morning after your run on {Day(t)} the pain was {t.Latest!.NextMorning}/10, more than the {t.Latest.AroundRun}/10 during and after the run: it rose overnight. The next session is made easier.")),
        new("morning-no-baseline", t => t.Latest is { NextMorning: > 0, Baseline: null }, PainAction.Hold, t => Text(
            $"The morning after your run on {Day(t)} the pain was {t.Latest!.NextMorning}/10. Harrier has no morning score from before that run, so it cannot tell whether that is your usual level. Do the morning check-in on your next run day too; until then, do not step up.")),
        new("no-morning-yet", t => t.Latest is { NextMorning: null } o && o.AroundRun > (o.Baseline ?? 0), PainAction.Hold, t => Text(
            $"Record how the pain is the morning after your run on {Day(t)}; until then, do not step up.")),
        new("settled", t => t.Latest is not null, PainAction.Progress, Settled),
        new(NothingRecordedRule, t => t.NothingRecorded, PainAction.Progress, _ =>
            "Harrier has no runs, pain scores or check-ins from the last two weeks to go on, so it cannot say whether your training should change. "
            + "Log your runs and record any pain during, after and the next morning."),
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

    private static string Settled(PainTrend trend)
    {
        var o = trend.Latest!;
        var day = Day(trend);
        var text = (o.NextMorning, o.Baseline) switch
        {
            ({ } m, { } b) => Text($"Pain stayed at 5/10 or less during your run on {day} and was {m}/10 the next morning, no more than your usual {b}/10."),
            ({ }, null) => Text($"Pain stayed at 5/10 or less during your run on {day} and had gone by the next morning."),
            (null, { } b) => Text($"Pain around your run on {day} was {o.AroundRun}/10, no more than your usual {b}/10 in the morning."),
            (null, null) => Text($"You recorded no pain during or after your run on {day}."),
        };
        return text + " Carry on as planned.";
    }

    private static string Day(PainTrend trend) => trend.Latest!.Day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
