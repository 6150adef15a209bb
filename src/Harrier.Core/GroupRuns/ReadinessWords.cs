namespace Harrier.Core.GroupRuns;

/// <summary>Readiness in plain words, as the run sheet on the web, the API's text and the CLI show it.</summary>
public static class ReadinessWords
{
    /// <summary>"Runs their session", "Go easy", "Not today: see a clinician", "Rest day", "No session today".</summary>
    public static string Words(this Readiness readiness) => readiness switch
    {
        Readiness.Ready => "Runs their session",
        Readiness.GoEasy => "Go easy",
        Readiness.NotToday => "Not today: see a clinician",
        Readiness.RestDay => "Rest day",
        Readiness.NoSession => "No session today",
        _ => throw new ArgumentOutOfRangeException(nameof(readiness), readiness, null),
    };
}
