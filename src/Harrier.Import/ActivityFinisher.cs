using System.Runtime.InteropServices;
using Harrier.Core.Activities;

namespace Harrier.Import;

/// <summary>
/// The last step every reader shares: turns the raw activities of one file into <see cref="ReadActivity"/> results, so all
/// formats get the same treatment.
/// </summary>
/// <remarks>
/// Per activity: a sport the file does not name is judged from pace and cadence (<see cref="SportInference"/>); cadence on
/// foot becomes steps per minute (<see cref="StepCadence"/>) in the samples and the lap and session summaries; each
/// sample's distance becomes the distance from the activity's start, never stepping back (<see cref="ActivityTrack"/>),
/// so the stored stream, charts and splits agree with the metrics; then the metrics and the plausibility check
/// (<see cref="ActivityPlausibility"/>) are computed once.
/// </remarks>
internal static class ActivityFinisher
{
    public static ActivityParseResult Finish(IReadOnlyList<Activity> activities, List<ParseIssue> issues, CancellationToken cancellationToken)
    {
        var read = new List<ReadActivity>(activities.Count);
        var ordered = activities.Select((a, i) => (a, i)).OrderBy(p => p.a.StartUtc ?? DateTime.MaxValue).ThenBy(p => p.i).Select(p => p.a);
        foreach (var activity in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            read.Add(FinishOne(activity, read.Count, activities.Count, issues));
        }

        return ActivityParseResult.Success(read, issues);
    }

    private static ReadActivity FinishOne(Activity raw, int session, int count, List<ParseIssue> issues)
    {
        var options = MetricsOptions.Default;
        var samples = Writable(raw.Samples);
        raw = raw with { Samples = samples };
        var track = ActivityTrack.From(raw, options);
        var median = StepCadence.Median(samples) is var m && !double.IsNaN(m) ? m : LapCadence(raw.Laps);
        var sport = raw.Sport;
        if (Judged(raw) && SportInference.FromData(MovingSpeed(track), median) is var inferred && inferred != ActivitySport.Unknown)
        {
            sport = inferred;
            var which = count > 1 ? FormattableString.Invariant($" of activity {session + 1}") : "";
            var named = raw.Sport == ActivitySport.Other ? "calls the sport \"other\"" : "does not name the sport";
            issues.Add(new ParseIssue($"The file {named}{which}; its pace and cadence are {(sport == ActivitySport.Running ? "a run's" : "a walk's")}"));
        }

        var factor = StepCadence.Factor(sport, median);
        var distance = track.DistanceMeters.Span;
        for (var i = 0; i < samples.Length; i++)
        {
            samples[i] = samples[i] with { DistanceMeters = distance[i], Cadence = samples[i].Cadence * factor };
        }

        var activity = raw with
        {
            Sport = sport,
            Laps = factor == 1 ? raw.Laps : [.. raw.Laps.Select(l => l with { Cadence = l.Cadence * factor })],
            Sessions = factor == 1 ? raw.Sessions : [.. raw.Sessions.Select(s => s with { Cadence = s.Cadence * factor })],
        };
        var metrics = ActivityMetrics.Compute(activity, track, options);
        return new ReadActivity(session, activity, metrics, ActivityPlausibility.Check(activity, metrics));
    }

    /// <summary>
    /// Whether the data decide the sport: when the file names none, or in GPX and TCX calls it "other" (Garmin's catch-all for
    /// walks, swims and paddling). A FIT file's sport numbers are precise (walking has its own), so there "other" is kept.
    /// </summary>
    private static bool Judged(Activity raw) =>
        raw.Sport == ActivitySport.Unknown || (raw.Sport == ActivitySport.Other && raw.Format != ActivityFormat.Fit);

    /// <summary>The laps' average cadence weighted by their timer time (TCX walks carry it only per lap); NaN when none has one.</summary>
    private static double LapCadence(IReadOnlyList<ActivityTotals> laps)
    {
        double sum = 0, weight = 0;
        foreach (var lap in laps)
        {
            if (lap.Cadence is { } cadence && cadence > 0 && lap.TimerTime is { } time && time > TimeSpan.Zero)
            {
                (sum, weight) = (sum + (cadence * time.TotalSeconds), weight + time.TotalSeconds);
            }
        }

        return weight > 0 ? sum / weight : double.NaN;
    }

    private static double MovingSpeed(ActivityTrack track)
    {
        var distance = track.DistanceMeters.Span;
        var moving = track.MovingSeconds.Span;
        return distance.IsEmpty || !(moving[^1] > 0) ? double.NaN : distance[^1] / moving[^1];
    }

    /// <summary>The samples' own array when the reader made one (always, for Harrier's readers), else a copy.</summary>
    private static ActivitySample[] Writable(ReadOnlyMemory<ActivitySample> samples) =>
        MemoryMarshal.TryGetArray(samples, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : samples.ToArray();
}
