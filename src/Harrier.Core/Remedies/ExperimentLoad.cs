namespace Harrier.Core.Remedies;

/// <summary>The plan's running during an experiment: its first and last week, and a warning when it changes a lot.</summary>
/// <param name="FirstWeekSeconds">Planned running time in the experiment's first 7 days (seconds).</param>
/// <param name="LastWeekSeconds">Planned running time in its last 7 days (seconds).</param>
/// <param name="Warning">Plain words when the change is more than <see cref="RemedyPlanFit.LargeLoadChange"/>, else null.</param>
public sealed record ExperimentLoad(int FirstWeekSeconds, int LastWeekSeconds, string? Warning)
{
    /// <summary>True when the plan could be held steady through the experiment to avoid the change.</summary>
    public bool CanHoldSteady => Warning is not null && FirstWeekSeconds > 0;
}
