using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>What a workout aims at: a time or a distance, an effort on the CR-10 scale, and optionally a pace.</summary>
/// <param name="Time">Total planned time, if the workout is given by time.</param>
/// <param name="Distance">Planned running distance, if the workout is given by distance.</param>
/// <param name="Effort">Intended session effort (Foster CR-10); also used to estimate the planned load.</param>
/// <param name="Pace">Target pace, when the plan states one (BUD/S: 8:30 /mi) or it comes from the runner's VDOT.</param>
/// <param name="Description">The target in plain words, e.g. "easy: you can talk in full sentences".</param>
public sealed record WorkoutTarget(TimeSpan? Time, Distance? Distance, Effort? Effort, Pace? Pace, string Description);
