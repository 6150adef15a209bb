using Harrier.Core.Activities;

namespace Harrier.Import;

/// <summary>One activity read from a file, ready to use: its metrics are computed and its plausibility checked.</summary>
/// <param name="Session">0-based position of the activity among the file's activities, in time order (the triathlon's swim is 0).</param>
/// <param name="Activity">The activity: samples with distance from its own start and cadence in steps per minute on foot.</param>
/// <param name="Metrics">Its metrics (<see cref="ActivityMetrics.Compute(Activity, ActivityTrack, MetricsOptions?)"/>).</param>
/// <param name="Check">Complete, partial (with what is missing) or skipped (with the reason), from <see cref="ActivityPlausibility"/>.</param>
public sealed record ReadActivity(int Session, Activity Activity, ActivityMetrics Metrics, ActivityCheck Check);
