namespace Harrier.Core.Troubleshooter;

/// <summary>Which comparison in the runner's own log a rule reads (see <see cref="LogEvidence"/>).</summary>
public enum LogProbe
{
    /// <summary>The rule is scored from the answers only.</summary>
    None = 0,

    /// <summary>Mornings after single-run spikes, recent spikes, and the week-on-week change in distance.</summary>
    Load,

    /// <summary>Mornings after hilly against flat runs.</summary>
    Climb,

    /// <summary>Mornings after runs in each pair of shoes, and the current pair's distance.</summary>
    Shoes,

    /// <summary>Mornings after runs on each surface.</summary>
    Surface,

    /// <summary>Mornings after runs with a cadence clearly below the runner's own usual cadence.</summary>
    Cadence,

    /// <summary>Pain entries that spread below the knee or feel shooting, burning, tingling or numb.</summary>
    Radicular,
}
