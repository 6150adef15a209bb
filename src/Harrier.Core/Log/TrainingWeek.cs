using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Log;

/// <summary>One calendar week of a runner's log with its totals.</summary>
/// <param name="Start">The first day of the week in the runner's calendar.</param>
/// <param name="Runs">The week's runs, newest first.</param>
public sealed record TrainingWeek(DateOnly Start, IReadOnlyList<Run> Runs)
{
    public DateOnly End => Start.AddDays(6);

    public int RunCount => Runs.Count;

    public Distance TotalDistance => Runs.Aggregate(Distance.Zero, (sum, r) => sum + r.Distance);

    public TimeSpan TotalTime => Runs.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Duration);

    /// <summary>Sum of session loads (RPE × minutes), Foster 1998, over the runs whose effort is rated.</summary>
    public double TotalLoad => Runs.Sum(r => r.Load ?? 0);

    /// <summary>Runs without a rated effort, whose load is therefore missing from <see cref="TotalLoad"/>.</summary>
    public int UnratedCount => Runs.Count(r => r.Effort is null);

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
