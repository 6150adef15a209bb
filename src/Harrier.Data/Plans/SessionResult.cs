namespace Harrier.Data.Plans;

/// <summary>What the runner said about a planned session.</summary>
public enum SessionResult
{
    Done,
    Skipped,
    Hurt,
}
