using Harrier.Core.Activities;
using Harrier.Core.Runs;
using Harrier.Data.Import;

namespace Harrier.Web.Features.Activities;

/// <summary>An imported run's recording, decoded for display: the samples and metrics recomputed from them (splits included).</summary>
public sealed record RecordingView(RunRecording Recording, ActivitySample[] Samples, ActivityMetrics Metrics)
{
    public static RecordingView From(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var recording = run.Recording ?? throw new ArgumentException("The run has no recording.", nameof(run));
        var samples = StreamCodec.Decode(recording.Streams);
        var activity = new Activity { Format = recording.Format, Sport = recording.Sport, StartUtc = run.StartUtc, Samples = samples };
        return new RecordingView(recording, samples, ActivityMetrics.Compute(activity));
    }

    /// <summary>Points (distance in km, value) for a chart, thinned to at most <paramref name="max"/> points.</summary>
    public IReadOnlyList<(double X, double Y)> Series(Func<ActivitySample, double> value, int max = 600)
    {
        var points = new List<(double, double)>();
        var step = Math.Max(1, Samples.Length / max);
        for (var i = 0; i < Samples.Length; i += step)
        {
            var s = Samples[i];
            var y = value(s);
            if (s.HasDistance && double.IsFinite(y))
            {
                points.Add((s.DistanceMeters / 1000, y));
            }
        }

        return points;
    }

    public IReadOnlyList<(double Latitude, double Longitude)> Route(int max = 1500)
    {
        var step = Math.Max(1, Samples.Length / max);
        var route = new List<(double, double)>();
        for (var i = 0; i < Samples.Length; i += step)
        {
            if (Samples[i].HasPosition)
            {
                route.Add((Samples[i].Latitude, Samples[i].Longitude));
            }
        }

        return route;
    }
}
