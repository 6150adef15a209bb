namespace Harrier.Web.Features.Load;

/// <summary>The source and evidence strength shown with each load metric ([S] sourced, [V] verified, [U] unverified, [D] Harrier's own; EVIDENCE.md §2).</summary>
public static class LoadEvidence
{
    public const string SessionLoad = "Session RPE × minutes: Foster 2001 [S]; sRPE is a reliable, well-used load measure.";

    public const string HeartRateLoad =
        "Heart-rate load: Banister's TRIMP [S] (Morton, Fitz-Clarke & Banister 1990), minutes × fraction of heart-rate reserve × a·e^(b·fraction), " +
        "summed over the time at each heart rate; its test–retest variation is 15.6% against 28.1% for session RPE (Wallace 2014 [V]). " +
        "Its units differ from session RPE's, so an unrated run counts by its TRIMP × a conversion factor: Harrier's own method [D].";

    public const string MonotonyStrain =
        "Monotony and strain: Foster 1998 [V abstract]. No alarm level is applied: the often-quoted \"monotony above 2\" is unverified [U].";

    public const string FitnessFatigue =
        "Banister model [S] (Banister 1975), with the 42/7-day constants of the TrainingPeaks convention [S]; the constants are a software " +
        "default, not fitted to you.";

    public const string Acwr = "ACWR: contested, descriptive only (Lolli 2019, Impellizzeri 2021, Frandsen 2025).";

    public const string SingleRun =
        "Single-run check: Frandsen 2025 [V], 5,205 runners; the best-supported progression check available.";

    public static IReadOnlyDictionary<string, string> ByMetric { get; } = new Dictionary<string, string>
    {
        ["load"] = SessionLoad,
        ["heartRateLoad"] = HeartRateLoad,
        ["monotonyStrain"] = MonotonyStrain,
        ["fitnessFatigue"] = FitnessFatigue,
        ["acwr"] = Acwr,
        ["spikes"] = SingleRun,
    };
}
