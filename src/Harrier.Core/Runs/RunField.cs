namespace Harrier.Core.Runs;

/// <summary>The parts of a run a problem can belong to.</summary>
public enum RunField
{
    Start,
    Distance,
    Duration,
    Effort,
    Surface,
    Shoe,
    Notes,
}
