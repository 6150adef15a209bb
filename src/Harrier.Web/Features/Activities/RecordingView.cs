using Harrier.Core.Activities;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data.Import;

namespace Harrier.Web.Features.Activities;

/// <summary>
/// What a recorded run's page draws: the chart points and the route, from the stored streams (decoded here and only here).
/// Every figure (totals, splits, best efforts) is the stored <see cref="RunMetrics"/>; nothing is recomputed on a view.
/// </summary>
public sealed record RecordingView(RunRecording Recording, ActivitySample[] Samples, RunChart Chart)
{
    public static RecordingView From(RunRecording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        var samples = StreamCodec.Decode(recording.Streams);
        return new RecordingView(recording, samples, RunChart.From(recording.Format, samples));
    }

    public RunMetrics Metrics => Recording.Metrics;

    /// <summary>Points (distance in <paramref name="unit"/>, value) for one chart, leaving out points without a value.</summary>
    public IReadOnlyList<(double X, double Y)> Series(DistanceUnit unit, Func<ChartPoint, double?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var perUnit = unit == DistanceUnit.Miles ? Distance.MetersPerMile : 1000;
        return [.. Chart.Points.Select(p => (X: p.DistanceMeters / perUnit, Y: value(p))).Where(p => p.Y is { } y && double.IsFinite(y))
            .Select(p => (p.X, p.Y!.Value))];
    }

    /// <summary>The route's positions, thinned to at most <paramref name="max"/>.</summary>
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
