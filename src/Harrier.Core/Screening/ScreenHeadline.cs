namespace Harrier.Core.Screening;

/// <summary>The one headline a screen result gets, the same on the web, in the API and in the CLI.</summary>
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
                "Stop. Call your emergency number (999 in the UK, 112 in Europe, 911 in North America) or go to an emergency department now. Your plan is paused."),
            Urgency.Today => new("See a clinician today",
                "Stop running and contact a doctor or urgent care today. Your plan is paused until you have been seen."),
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
    public static ScreenHeadline For(PastScreen screen)
    {
        ArgumentNullException.ThrowIfNull(screen);
        var on = screen.Day.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture);
        var flags = RedFlagFinding.Join(screen.Findings.Select(f => f.Label).Distinct(StringComparer.Ordinal).ToArray());
        return screen switch
        {
            { Cleared: true } => new($"Warning signs checked on {on}; seen by a clinician since", "Take the check again if anything new appears."),
            { Overall: Urgency.Emergency } => new("Get emergency help now", $"On {on} you reported {flags}. Get emergency care now if you have not."),
            { Overall: Urgency.Today } => new("See a clinician today", $"On {on} you reported {flags}. Do not run until you have been seen."),
            { Overall: Urgency.Soon } => new("See a doctor or physiotherapist soon", $"On {on} you reported {flags}. Do not step up until you have been checked."),
            { Findings.Count: > 0 } => new($"No emergency signs on {on}; to watch: {flags}", "Take the check again if anything new appears."),
            _ => new($"No warning signs on {on}", "Take the check again if anything new appears."),
        };
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
