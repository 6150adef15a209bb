using Harrier.Core.Load;

namespace Harrier.Web.Features.Load;

/// <summary>One calendar week of the log: distance, Foster load with monotony and strain, and how many runs lack an effort rating.</summary>
/// <param name="Start">The Monday that starts the week, in the runner's calendar.</param>
/// <param name="DistanceMeters">Total distance of the week's runs.</param>
/// <param name="Runs">Number of runs.</param>
/// <param name="Unrated">Runs without an effort rating, which therefore add no load.</param>
/// <param name="Load">Weekly load, monotony and strain (Foster 1998).</param>
public sealed record LoadWeek(DateOnly Start, double DistanceMeters, int Runs, int Unrated, WeeklyLoad Load)
{
    public DateOnly End => Start.AddDays(6);
}
