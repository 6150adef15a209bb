using System.Globalization;
using Harrier.Core.Pain;
using Harrier.Core.Screening;

namespace Harrier.Core.Triage;

/// <summary>
/// The one pain-to-training decision. Every path (the morning check-in, "it hurt" on Today, the pain journal, the warning-signs
/// check, the triage page, <c>POST /api/triage</c> and <c>harrier triage</c>) gathers the runner's signals and calls
/// <see cref="Decide"/>; none keeps its own copy of the policy.
/// </summary>
/// <remarks>
/// In order:
/// <list type="number">
/// <item>An open warning sign that needs a clinician today or now suspends training, on the basis of that warning sign's own rule
/// and source (EVIDENCE §3: "any red flag → stop and refer"; §4). It stays open, whatever later checks find, until the runner
/// says a clinician has seen them (<see cref="PastScreen.Counting"/> is the one reading of "open").</item>
/// <item>Something new or worrying reported at a check-in, or a pain entry with a nerve-type pattern, that no warning-signs check
/// has covered since, holds training until the check is done (NICE NG59 1.1.1: look for other causes when symptoms are new or
/// changed).</item>
/// <item>Otherwise the pain-monitoring model decides (<see cref="PainMonitoring"/>); an open "see a clinician soon" flag keeps that
/// decision at least at hold.</item>
/// </list>
/// </remarks>
public static class PainTriage
{
    /// <summary>How far back (days) an unscreened new symptom still holds training.</summary>
    public const int NewSymptomDays = 14;

    /// <summary>The decision for <paramref name="today"/>.</summary>
    /// <param name="signals">Every pain signal the runner gave.</param>
    /// <param name="screens">Warning-signs checks taken so far, any order (the latest one counts).</param>
    /// <param name="today">The runner's calendar day.</param>
    public static PainDecision Decide(PainSignals signals, IReadOnlyList<PastScreen> screens, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(screens);
        var counting = PastScreen.Counting(screens, today);
        if (counting is { IsOpen: true, Overall: >= Urgency.Today })
        {
            return Suspend(counting);
        }

        var latest = screens.Where(s => s.Day <= today).MaxBy(s => s.TakenUtc);
        if (Unscreened(signals, latest, today) is { } hold)
        {
            return hold;
        }

        var decision = PainMonitoring.Decide(signals, today);
        return counting is { IsOpen: true } soon && decision.Action < PainAction.Hold
            ? new PainDecision(PainAction.Hold, Text(
                $"A warning sign from your check on {Day(soon.Day)} ({Labels(soon)}) needs a doctor or physiotherapist soon. Do not step up until you have been checked."),
                Basis(soon), "open-warning-sign", soon.Day)
            : decision;
    }

    /// <summary>
    /// Triage for a runner: the one decision from their history (and the warning-signs answers given with the request, if any),
    /// then, unless a warning sign needs a clinician today or now, the ranked contributors.
    /// </summary>
    /// <param name="typed">The answers the runner typed.</param>
    /// <param name="history">What Harrier knows of the runner (empty for a questionnaire on its own).</param>
    /// <param name="screen">Warning-signs answers given with this request, already evaluated; null when none were given.</param>
    /// <param name="nowUtc">Now, for the request's screen.</param>
    /// <param name="today">The runner's calendar day.</param>
    public static TriageResult Assess(TriageAnswers typed, TriageHistory history, RedFlagResult? screen, DateTime nowUtc, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(history);
        var known = KnownAnswers.From(history, today);
        var (answers, origins) = TriageAnswers.Reconcile(typed, known);
        IReadOnlyList<PastScreen> screens = screen is null ? history.Screens : [.. history.Screens, PastScreen.Of(screen, nowUtc, today)];
        var decision = Decide(history.Signals, screens, today);
        var counting = PastScreen.Counting(screens, today);
        var open = counting is { IsOpen: true } ? counting.Overall : Urgency.Self;
        var headline = Headline(screen, counting, history, today);
        if (decision.Action == PainAction.Suspend)
        {
            return new TriageResult(decision, screen, [], [], [], answers, known, headline) { Urgency = open };
        }

        var (ranked, toCheck, needData, notIndicated) = ContributorRanking.Rank(answers, origins, history, today);
        return new TriageResult(decision, screen, ranked, needData, notIndicated, answers, known, headline) { Urgency = open, ToCheck = toCheck };
    }

    /// <summary>
    /// The warning-signs headline triage shows: the check that counts (an earlier open warning sign outranks a calmer check given
    /// now), with the patterns of recent journal entries it did not list added as things to watch.
    /// </summary>
    private static ScreenHeadline Headline(RedFlagResult? screen, PastScreen? counting, TriageHistory history, DateOnly today)
    {
        if (screen is not null && (counting is not { IsOpen: true } || counting.Overall <= screen.Overall))
        {
            return screen.Headline;
        }

        var listed = counting?.Findings.Select(f => f.Id).ToHashSet(StringComparer.Ordinal) ?? [];
        var recent = history.Signals.Entries.Where(e => e.Day > today.AddDays(-NewSymptomDays) && e.Day <= today);
        var watch = RedFlagScreen.PatternsIn(recent).Where(f => f.Rule.Urgency == Urgency.Self && !listed.Contains(f.Rule.Id))
            .Select(f => f.Rule.Label).ToArray();
        return counting is null ? ScreenHeadline.NotScreenedWatching(watch) : ScreenHeadline.For(counting, watch);
    }

    private static PainDecision Suspend(PastScreen screen) => new(
        PainAction.Suspend,
        Text($"On {Day(screen.Day)} you reported {Labels(screen)}, which needs a clinician {(screen.Overall == Urgency.Emergency ? "now" : "today")}. ")
            + "Do not run until you have been seen, then say so in Harrier; training starts again from there.",
        Basis(screen), "warning-sign", screen.Day);

    private static PainDecision? Unscreened(PainSignals signals, PastScreen? latest, DateOnly today)
    {
        var since = today.AddDays(-NewSymptomDays);
        var covered = latest?.Day ?? DateOnly.MinValue;
        var newSymptom = signals.CheckIns.Where(c => c.SomethingNew && c.Day > since && c.Day <= today && c.Day > covered).MaxBy(c => c.Day);
        if (newSymptom is not null)
        {
            return new PainDecision(PainAction.Hold, Text(
                $"At your check-in on {Day(newSymptom.Day)} you noted something new or worrying. Answer the warning-signs check before your next run; until then, do not step up."),
                DecisionBasis.NewSymptomCheck, "new-symptom-unscreened", newSymptom.Day);
        }

        var nerve = signals.Entries.Where(e => e.Day > since && e.Day <= today && e.Day > covered && PainPatterns.Detect(e).Count > 0)
            .MaxBy(e => e.Day);
        return nerve is null ? null : new PainDecision(PainAction.Hold, Text(
            $"Your pain entry on {Day(nerve.Day)} ({nerve.Spot.Words}{Spread(nerve)}) has a nerve-type pattern. Answer the warning-signs check before your next run; until then, do not step up."),
            DecisionBasis.NewSymptomCheck, "nerve-pattern-unscreened", nerve.Day);
    }

    private static DecisionBasis Basis(PastScreen screen)
    {
        var top = screen.Findings.FirstOrDefault(f => f.Urgency == screen.Overall) ?? (screen.Findings.Count > 0 ? screen.Findings[0] : null);
        return top is null
            ? DecisionBasis.NewSymptomCheck
            : new DecisionBasis($"Warning sign: {top.Label}", top.Source, top.Grade);
    }

    private static string Labels(PastScreen screen)
    {
        var labels = screen.Findings.Where(f => f.Urgency >= Urgency.Soon).Select(f => f.Label).Distinct(StringComparer.Ordinal).ToArray();
        return labels.Length == 0 ? "a warning sign" : RedFlagFinding.Join(labels);
    }

    private static string Spread(PainEntry entry) =>
        entry.SpreadsTo.Count == 0 ? "" : " spreading to the " + RedFlagFinding.Join(entry.SpreadsTo.Select(s => s.Words).ToArray());

    private static string Day(DateOnly day) => day.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
