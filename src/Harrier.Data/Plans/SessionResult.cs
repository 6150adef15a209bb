namespace Harrier.Data.Plans;

/// <summary>What the runner said about a planned session.</summary>
public enum SessionResult
{
    Done,
    Skipped,
    Hurt,

    /// <summary>Started but stopped before the end (the session player records how long it ran).</summary>
    CutShort,
}
