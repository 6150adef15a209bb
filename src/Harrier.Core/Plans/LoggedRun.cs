namespace Harrier.Core.Plans;

/// <summary>A run from the runner's log, as <see cref="SessionMatch"/> weighs it against a planned session.</summary>
/// <param name="Id">The run's id in the log.</param>
/// <param name="Day">The day it started, in the zone it was run in.</param>
/// <param name="Duration">Its recorded time (timer time for an imported run).</param>
/// <param name="IsRunning">False for a recorded walk or hike; a run entered by hand counts as running.</param>
public sealed record LoggedRun(int Id, DateOnly Day, TimeSpan Duration, bool IsRunning);
