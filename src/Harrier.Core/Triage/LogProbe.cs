namespace Harrier.Core.Triage;

/// <summary>Which comparison in the runner's own log a rule reads (see <see cref="LogEvidence"/>).</summary>
public enum LogProbe
{
    /// <summary>The rule is scored from the answers only.</summary>
    None = 0,

    /// <summary>Mornings after single-run spikes against other mornings.</summary>
    Load,

    /// <summary>Mornings after hilly against flat runs.</summary>
    Climb,

    /// <summary>Mornings after runs in each pair of shoes.</summary>
    Shoes,

    /// <summary>Mornings after runs on each surface.</summary>
    Surface,

    /// <summary>Mornings after runs with a cadence clearly below the runner's own usual cadence.</summary>
    Cadence,
}
