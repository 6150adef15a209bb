using System.Globalization;
using Harrier.Core.Daylight;
using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Screening;

namespace Harrier.Core.GroupRuns;

/// <summary>
/// Builds a group run's sheet: the light at the start and the finish, a shared warm-up walk, each runner's own part of their
/// own session, when each finishes, and a shared cool-down until the whole group is back.
/// </summary>
/// <remarks>
/// <para>
/// The shared warm-up and cool-down are the longest warm-up and cool-down among the sessions run that day (5:00 each when no
/// session has one), so nobody's session is cut short; a runner's own part is the rest of their session (its main set). A
/// runner finishes at start + warm-up + own part, and the group is back when the last finisher has done the cool-down.
/// </para>
/// <para>
/// Readiness, in order: an open warning sign, a plan paused by one, or a decision to stop running means "not today" and no
/// session; then no plan, or no running session on the day; then a pain decision other than "carry on" (hold, repeat, reduce,
/// deload: the plan has already been changed to match) or a recent single-run spike means "go easy"; otherwise ready.
/// </para>
/// </remarks>
public static class RunSheetBuilder
{
    /// <summary>The shared warm-up and cool-down walk when no session states one (Couch to 5K's brisk five-minute walk).</summary>
    public static readonly TimeSpan DefaultWalk = TimeSpan.FromMinutes(5);

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Builds the sheet.</summary>
    /// <param name="placeName">Where the group meets.</param>
    /// <param name="place">The meeting point.</param>
    /// <param name="start">The meeting time (any offset; it is shown in <paramref name="zone"/>).</param>
    /// <param name="zone">The place's time zone.</param>
    /// <param name="runners">The runners who said yes, with what is known of them on the day.</param>
    public static RunSheet Build(string placeName, Coordinates place, DateTimeOffset start, TimeZoneInfo zone, IReadOnlyList<RunnerDay> runners)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(runners);
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var sun = SunCalculator.ForDay(place, DateOnly.FromDateTime(local.DateTime), zone);
        var judged = runners.Select(r => (Day: r, Readiness: ReadinessOf(r))).ToList();
        var sessions = judged.Where(j => j.Readiness is Readiness.Ready or Readiness.GoEasy).Select(j => j.Day.Session!).ToList();
        var warmUp = SharedWalk(sessions, StepKind.WarmUp);
        var coolDown = SharedWalk(sessions, StepKind.CoolDown);

        var lines = judged.Select(j => Line(j.Day, j.Readiness, local, warmUp)).ToList();
        var running = lines.Where(l => l.Finish is not null).OrderByDescending(l => l.OwnPartSeconds).ThenBy(l => l.Name, StringComparer.CurrentCulture);
        var resting = lines.Where(l => l.Finish is null).OrderBy(l => l.Readiness).ThenBy(l => l.Name, StringComparer.CurrentCulture);
        var ordered = running.Concat(resting).ToList();
        var lastFinish = ordered.Where(l => l.Finish is not null).Select(l => l.Finish!.Value).DefaultIfEmpty(local.AddSeconds(warmUp)).Max();
        var back = lastFinish.AddSeconds(coolDown);
        back = TimeZoneInfo.ConvertTime(back, zone);

        var startLight = sun.LightAt(local);
        var finishLight = SameDate(back, sun) ? sun.LightAt(back) : null;
        var dark = startLight.IsDark || finishLight?.IsDark == true;
        return new RunSheet(
            placeName, local, sun, startLight, LightWords.Line(startLight, finishLight), dark ? VisibilityAdvice.InTheDark : null,
            warmUp, coolDown, ordered, back);
    }

    /// <summary>
    /// When a group meeting at <paramref name="start"/> is back if each of <paramref name="sessions"/> is run: the shared warm-up
    /// (the longest any session states), the longest own part, then the shared cool-down, as on the sheet; the two walks alone
    /// when nobody runs. The calendar feed ends its events here, so the calendar and the sheet agree.
    /// </summary>
    public static DateTimeOffset BackAt(DateTimeOffset start, IReadOnlyList<Workout> sessions)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var longest = sessions.Count == 0 ? 0 : sessions.Max(OwnPart);
        return start.AddSeconds(SharedWalk(sessions, StepKind.WarmUp) + longest + SharedWalk(sessions, StepKind.CoolDown));
    }

    private static int SharedWalk(IReadOnlyList<Workout> sessions, StepKind kind) =>
        sessions.Count == 0 ? (int)DefaultWalk.TotalSeconds : sessions.Max(s => Edge(s, kind) ?? (int)DefaultWalk.TotalSeconds);

    private static int OwnPart(Workout session) => WorkoutSummary.MainSet(session).Sum(s => s.SecondsAt(session.Target?.Pace) ?? 0);

    /// <summary>Whether and how a runner runs on the day (see the remarks on <see cref="RunSheetBuilder"/>).</summary>
    public static Readiness ReadinessOf(RunnerDay runner)
    {
        ArgumentNullException.ThrowIfNull(runner);
        if (runner.OpenWarningSign is { IsOpen: true } || runner.PlanPaused || runner.Decision?.Action == PainAction.Suspend)
        {
            return Readiness.NotToday;
        }

        if (!runner.HasPlan)
        {
            return Readiness.NoSession;
        }

        if (runner.Session is not { IsRunning: true })
        {
            return Readiness.RestDay;
        }

        return runner.RecentSpike || runner.Decision is { Action: not PainAction.Progress } ? Readiness.GoEasy : Readiness.Ready;
    }

    private static SheetLine Line(RunnerDay r, Readiness readiness, DateTimeOffset start, int warmUp)
    {
        var notes = Notes(r, readiness);
        if (readiness is not (Readiness.Ready or Readiness.GoEasy))
        {
            var title = readiness switch
            {
                Readiness.NotToday => "No running until a clinician has seen them",
                Readiness.RestDay => r.Session is { } other ? Text($"Rest day ({other.Title})") : "Rest day",
                _ => "No session today: no plan",
            };
            return new SheetLine(r.RunnerId, r.Name, readiness, title, null, null, 0, 0, null, notes);
        }

        var session = r.Session!;
        var own = OwnPart(session);
        return new SheetLine(
            r.RunnerId, r.Name, readiness, session.Title, WorkoutSummary.Compact(session), Effort(session), session.RunSeconds, own,
            start.AddSeconds(warmUp + own), notes);
    }

    private static List<string> Notes(RunnerDay r, Readiness readiness)
    {
        var notes = new List<string>();
        if (!r.HealthShared)
        {
            notes.AddRange(readiness switch
            {
                Readiness.NotToday => ["They have been asked to see a clinician before running again. Health details are not shared with you."],
                Readiness.GoEasy => ["Go easy today: their plan has been eased. Health details are not shared with you."],
                _ => [],
            });
            if (!r.Intake.IsValid)
            {
                notes.Add(Text($"Intake: {r.Intake.Reason}"));
            }

            return notes;
        }

        if (r.OpenWarningSign is { IsOpen: true } screen)
        {
            var what = RedFlagFinding.Join(screen.Findings.Where(f => f.Urgency >= Urgency.Soon).Select(f => f.Label).Distinct(StringComparer.Ordinal).ToArray());
            notes.Add(Text($"Warning sign reported on {screen.Day:d MMM} ({what}): {ScreenHeadline.For(screen).Heading.ToLowerInvariant()}. No running until a clinician has seen them."));
        }
        else if (r.PlanPaused)
        {
            notes.Add("Their plan is paused after a warning sign; it restarts once they say a clinician has seen them.");
        }

        if (r.Decision is { Action: not PainAction.Progress } decision && readiness == Readiness.GoEasy)
        {
            notes.Add(Text($"Go easy: {decision.Action.Words()}. {ForCoach(decision.Reason)}"));
        }

        if (r.RecentSpike)
        {
            notes.Add("Go easy: one recent run was much longer than their longest in the month before.");
        }

        if (r.MorningPain is { } pain)
        {
            notes.Add(pain == 0 ? "This morning: no pain." : Text($"This morning: pain {pain}/10."));
        }

        if (!r.Intake.IsValid)
        {
            notes.Add(Text($"Intake: {r.Intake.Reason}"));
        }

        return notes;
    }

    /// <summary>A decision's reason, written to the runner, as the coach reads it ("Your morning pain has risen" → "Their …").</summary>
    private static string ForCoach(string reason) => reason
        .Replace("Your ", "Their ", StringComparison.Ordinal).Replace(" your ", " their ", StringComparison.Ordinal)
        .Replace("You ", "They ", StringComparison.Ordinal).Replace(" you ", " they ", StringComparison.Ordinal)
        .Replace(" you.", " them.", StringComparison.Ordinal).Replace(" you,", " them,", StringComparison.Ordinal)
        .Replace("They've", "They have", StringComparison.Ordinal).Replace("they've", "they have", StringComparison.Ordinal);

    private static string? Effort(Workout session) => session.Target?.Description is { Length: > 0 } text ? text : null;

    private static int? Edge(Workout session, StepKind kind)
    {
        var step = kind == StepKind.WarmUp ? (session.Steps.Count > 0 ? session.Steps[0] : null) : (session.Steps.Count > 0 ? session.Steps[^1] : null);
        return step?.Kind == kind ? step.SecondsAt(session.Target?.Pace) : null;
    }

    private static bool SameDate(DateTimeOffset at, SunDay sun) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, sun.Zone).DateTime) == sun.Date;
}
