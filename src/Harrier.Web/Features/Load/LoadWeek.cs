using Harrier.Core.Load;

namespace Harrier.Web.Features.Load;

/// <summary>One calendar week of the log: distance, its two loads, the training load with monotony and strain, and unrated runs.</summary>
/// <param name="Start">The Monday that starts the week, in the runner's calendar.</param>
/// <param name="DistanceMeters">Total distance of the week's runs.</param>
/// <param name="Runs">Number of runs.</param>
/// <param name="Unrated">Runs without an effort rating (those with heart rate count by it).</param>
/// <param name="NoLoad">Runs with neither an effort rating nor a heart-rate load: they add no load.</param>
/// <param name="EffortLoad">Session RPE × minutes over the rated runs (Foster, AU).</param>
/// <param name="HeartRateLoad">Banister TRIMP over the runs that have one, rated or not (its own units).</param>
/// <param name="Load">Weekly training load (rated runs by effort, unrated ones by calibrated heart-rate load), monotony and strain.</param>
public sealed record LoadWeek(
    DateOnly Start, double DistanceMeters, int Runs, int Unrated, int NoLoad, double EffortLoad, double HeartRateLoad, WeeklyLoad Load)
{
    public DateOnly End => Start.AddDays(6);
}
