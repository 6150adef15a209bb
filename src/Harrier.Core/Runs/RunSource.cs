namespace Harrier.Core.Runs;

/// <summary>How a run reached the log.</summary>
public enum RunSource
{
    Manual = 0,
    Imported = 1,
    Demo = 2,
}
