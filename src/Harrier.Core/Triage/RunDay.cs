namespace Harrier.Core.Triage;

/// <summary>A day with runs and what the runner recorded about the pain the morning after.</summary>
/// <param name="Day">The runner's calendar day of the runs.</param>
/// <param name="Runs">That day's runs, in start order.</param>
/// <param name="Morning">The worst morning score for the next morning (check-in or pain entry), or null when none.</param>
internal sealed record RunDay(DateOnly Day, IReadOnlyList<RunFacts> Runs, int? Morning)
{
    /// <summary>A morning at or above this score (0–10) counts as painful.</summary>
    public const int PainfulFrom = 3;

    /// <summary>A morning at or below this score counts as pain-free; a 2 counts as neither.</summary>
    public const int PainFreeUpTo = 1;

    /// <summary>True for a painful morning, false for a pain-free one, null when unknown or in between.</summary>
    public bool? Painful => Morning switch
    {
        null => null,
        >= PainfulFrom => true,
        <= PainFreeUpTo => false,
        _ => null,
    };

    public RunFacts Last => Runs[^1];
}
