namespace Harrier.Core.Screening;

/// <summary>The one headline a screen result gets, the same on the web, in the API and in the CLI.</summary>
/// <remarks>A headline never says the plan is paused: only the caller knows whether the runner has a plan and whether it was
/// paused, and says so itself.</remarks>
/// <param name="Heading">A short line, e.g. "See a clinician today".</param>
/// <param name="Lead">What to do next, in a sentence or two.</param>
public sealed record ScreenHeadline(string Heading, string Lead)
{
    /// <summary>Words the result of a screen.</summary>
    public static ScreenHeadline For(RedFlagResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var watch = result.Findings.Where(f => f.Rule.Urgency == Urgency.Self).Select(f => f.Rule.Label).ToArray();
        return result.Overall switch
        {
            Urgency.Emergency => new("Get emergency help now",
                "Stop. Call your emergency number (999 in the UK, 112 in Europe, 911 in North America) or go to an emergency department now. Do not run until you have been seen."),
            Urgency.Today => new("See a clinician today",
                "Stop running and contact a doctor or urgent care today. Do not run until you have been seen."),
            Urgency.Soon => new("See a doctor or physiotherapist soon",
                "Book an appointment in the next few days, and go sooner if it gets worse. Do not step up your training until you have been checked."
                + Missing(result)),
            _ when result.Status == ScreenStatus.NotScreened && watch.Length == 0 => NotScreened,
            _ when watch.Length > 0 => new($"No emergency signs; {Count(watch.Length)} to watch: {RedFlagFinding.Join(watch)}",
                "Stay active within comfort and keep recording how it feels; the advice below says when to get it checked." + Missing(result)),
            _ when result.Status == ScreenStatus.Partial => new("No warning signs in the answers given, but the check is not complete",
                "Answer the rest before relying on it." + Missing(result)),
            _ => new("No warning signs found",
                "Look after it yourself and keep recording how it feels. If anything new or worrying appears, take this check again."),
        };
    }

    /// <summary>Words a check taken earlier, from what was kept of it.</summary>
    public static ScreenHeadline For(PastScreen screen) => For(screen, []);

    /// <summary>Words a check taken earlier, adding patterns from the pain journal that it did not list (things to watch).</summary>
    /// <param name="screen">The check that counts.</param>
    /// <param name="alsoToWatch">Labels of warning signs to watch seen since (for example a nerve-root pattern in a later entry).</param>
    public static ScreenHeadline For(PastScreen screen, IReadOnlyList<string> alsoToWatch)
    {
        ArgumentNullException.ThrowIfNull(screen);
        ArgumentNullException.ThrowIfNull(alsoToWatch);
        var on = screen.Day.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture);
        var flags = RedFlagFinding.Join(screen.Findings.Select(f => f.Label).Distinct(StringComparer.Ordinal).ToArray());
        var watch = screen.Findings.Where(f => f.Urgency == Urgency.Self).Select(f => f.Label).Concat(alsoToWatch)
            .Distinct(StringComparer.Ordinal).ToArray();
        return screen switch
        {
            { Cleared: true } when watch.Length > 0 => new($"Warning signs checked on {on}; seen by a clinician since; to watch: {RedFlagFinding.Join(watch)}",
                "Take the check again if anything new appears."),
            { Cleared: true } => new($"Warning signs checked on {on}; seen by a clinician since", "Take the check again if anything new appears."),
            { Overall: Urgency.Emergency } => new("Get emergency help now", $"On {on} you reported {flags}. Get emergency care now if you have not."),
            { Overall: Urgency.Today } => new("See a clinician today", $"On {on} you reported {flags}. Do not run until you have been seen."),
            { Overall: Urgency.Soon } => new("See a doctor or physiotherapist soon", $"On {on} you reported {flags}. Do not step up until you have been checked."),
            _ when watch.Length > 0 => new($"No emergency signs on {on}; {Count(watch.Length)} to watch: {RedFlagFinding.Join(watch)}",
                "Stay active within comfort and keep recording how it feels. Take the check again if anything new appears."),
            _ => new($"No warning signs on {on}", "Take the check again if anything new appears."),
        };
    }

    /// <summary>The headline when no check has been taken but the pain journal shows things to watch.</summary>
    public static ScreenHeadline NotScreenedWatching(IReadOnlyList<string> toWatch)
    {
        ArgumentNullException.ThrowIfNull(toWatch);
        return toWatch.Count == 0 ? NotScreened : new($"Not screened; {Count(toWatch.Count)} to watch: {RedFlagFinding.Join(toWatch)}",
            "Your pain journal shows a pattern to get checked. Take the warning-signs check before your next run.");
    }

    /// <summary>The headline when no check has been taken.</summary>
    public static ScreenHeadline NotScreened { get; } = new("Not screened",
        "None of the warning-sign questions were answered, so Harrier cannot say whether you need a clinician. Answer them first.");

    private static string Count(int things) => things == 1 ? "one thing" : things == 2 ? "two things" : "several things";

    private static string Missing(RedFlagResult result)
    {
        var labels = result.UnansweredQuestions.Select(q => q.Label ?? q.Text).ToList();
        if (result.AgeMissing)
        {
            labels.Add("your age");
        }

        return labels.Count == 0 ? "" : $" Not answered yet: {RedFlagFinding.Join(labels)}.";
    }
}
