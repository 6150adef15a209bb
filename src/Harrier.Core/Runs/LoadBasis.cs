namespace Harrier.Core.Runs;

/// <summary>What a run's training load comes from.</summary>
public enum LoadBasis
{
    /// <summary>Neither an effort rating nor a heart-rate load: the run adds no load.</summary>
    None = 0,

    /// <summary>Session RPE × minutes (Foster).</summary>
    Effort = 1,

    /// <summary>Heart-rate load (Banister TRIMP) converted with the runner's <see cref="Load.LoadCalibration"/>.</summary>
    HeartRate = 2,
}
