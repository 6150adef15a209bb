namespace Harrier.Web.Features.Load;

/// <summary>The source and evidence strength shown with each load metric ([S] sourced, [V] verified, [U] unverified; EVIDENCE.md §2).</summary>
public static class LoadEvidence
{
    public const string SessionLoad = "Session RPE × minutes: Foster 2001 [S]; sRPE is a reliable, well-used load measure.";

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
        ["monotonyStrain"] = MonotonyStrain,
        ["fitnessFatigue"] = FitnessFatigue,
        ["acwr"] = Acwr,
        ["spikes"] = SingleRun,
    };
}
