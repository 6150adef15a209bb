using Harrier.Core.Activities;

namespace Harrier.Import.Tests;

/// <summary>Every file of the shared corpus (when present next to the repository) reads with sensible metrics.</summary>
public sealed class CorpusTests
{
    // A synthetic file (muktihari/fit) whose records repeat a short distance series; its session is the only real total.
    private static readonly HashSet<string> SyntheticRecordDistance = ["fit__big_activity.fit"];

    public static TheoryData<string> FitFiles => Corpus.Files("fit");

    public static TheoryData<string> GpxFiles => Corpus.Files("gpx");

    public static TheoryData<string> TcxFiles => Corpus.Files("tcx");

    public static TheoryData<string> BadFiles => Corpus.Files("bad");

    [Theory]
    [MemberData(nameof(FitFiles))]
    public void Read_FitCorpusFile_AgreesWithDeviceSession(string name)
    {
        Corpus.SkipIfMissing(name);
        var activities = ReadSensibly("fit", name);

        Assert.All(activities, a => Assert.Equal(ActivityFormat.Fit, a.Activity.Format));
        foreach (var (_, activity, metrics, _) in activities)
        {
            var sessions = activity.Sessions;
            if (sessions.Count > 0 && sessions.All(s => s.DistanceMeters is > 0))
            {
                var device = sessions.Sum(s => s.DistanceMeters!.Value);
                Assert.InRange(metrics.Distance.Meters, device * 0.995, device * 1.005);
                if (metrics.DistanceSource == DistanceSource.DeviceSummary && metrics.SampleDistance.Meters > 0
                    && activity.Sport != ActivitySport.Multisport && !SyntheticRecordDistance.Contains(name))
                {
                    // A later leg's first record comes a few metres after its start, which its samples cannot see.
                    var slack = Math.Max(device * 0.005, 10);
                    Assert.InRange(metrics.SampleDistance.Meters, device - slack, device + slack);
                }
            }

            if (sessions.Count > 0 && sessions.All(s => s.TimerTime is not null))
            {
                var timer = sessions.Sum(s => s.TimerTime!.Value.TotalSeconds);
                Assert.InRange(metrics.TimerTime.TotalSeconds, timer - 1, timer + 1);
            }
        }
    }

    [Theory]
    [MemberData(nameof(GpxFiles))]
    public void Read_GpxCorpusFile_GivesSensibleMetrics(string name)
    {
        Corpus.SkipIfMissing(name);

        Assert.All(ReadSensibly("gpx", name), a => Assert.Equal(ActivityFormat.Gpx, a.Activity.Format));
    }

    [Theory]
    [MemberData(nameof(TcxFiles))]
    public void Read_TcxCorpusFile_GivesSensibleMetrics(string name)
    {
        Corpus.SkipIfMissing(name);

        foreach (var (_, activity, metrics, _) in ReadSensibly("tcx", name))
        {
            Assert.Equal(ActivityFormat.Tcx, activity.Format);
            if (activity.Sessions.Count > 0 && activity.Sessions.All(s => s.DistanceMeters is > 0))
            {
                Assert.InRange(metrics.SampleDistance.Meters, metrics.Distance.Meters * 0.98, metrics.Distance.Meters * 1.02);
            }
        }
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadCorpusFile_ReadsWithIssuesOrFailsClearly(string name)
    {
        Corpus.SkipIfMissing(name);
        var result = ActivityReader.Read(name, File.ReadAllBytes(Corpus.PathOf("bad", name)));

        if (result.Error is { } error)
        {
            Assert.Empty(result.Activities);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        }
        else
        {
            Assert.All(result.Activities, a => AssertSensible(a.Activity, a.Metrics));
        }
    }

    private static IReadOnlyList<ReadActivity> ReadSensibly(string folder, string name)
    {
        var result = ActivityReader.Read(name, File.ReadAllBytes(Corpus.PathOf(folder, name)));

        Assert.Null(result.Error);
        Assert.Equal(Enumerable.Range(0, result.Activities.Count), result.Activities.Select(a => a.Session));
        foreach (var (_, activity, metrics, _) in result.Activities)
        {
            AssertSensible(activity, metrics);
        }

        return result.Activities;
    }

    internal static void AssertSensible(Activity activity, ActivityMetrics m)
    {
        Assert.True(double.IsFinite(m.Distance.Meters) && m.Distance.Meters < 1_000_000, "distance");
        // Moving time comes from the samples, elapsed time from the device's session when there is one: allow 1 % between them.
        var slack = (m.ElapsedTime * 0.01) + TimeSpan.FromSeconds(1);
        Assert.InRange(m.MovingTime, TimeSpan.Zero, m.ElapsedTime + slack);
        Assert.InRange(m.TimerTime, TimeSpan.Zero, m.ElapsedTime + slack);
        Assert.True(m.AscentMeters >= 0 && double.IsFinite(m.AscentMeters), "ascent");
        Assert.True(m.DescentMeters >= 0 && double.IsFinite(m.DescentMeters), "descent");
        if (m.AverageHeartRate is { } hr)
        {
            Assert.InRange(hr, 25, 255);
        }

        if (m.Cadence is { } cadence && activity.Sport.IsOnFoot())
        {
            Assert.InRange(cadence, 40, 260);
        }

        if (m.KilometerSplits.Count > 0)
        {
            Assert.Equal(m.SampleDistance.Meters, m.KilometerSplits.Sum(s => s.Distance.Meters), 3);
        }

        var samples = activity.Samples.Span;
        for (var i = 1; i < samples.Length; i++)
        {
            Assert.True(samples[i].DistanceMeters >= samples[i - 1].DistanceMeters, "the distance stream never steps back");
        }

        Assert.True(samples.IsEmpty || samples[0].DistanceMeters <= ActivityTrack.MaxLeadInMeters, "the distance stream starts at the activity's start");
        Assert.Equal(activity.Samples.Length, m.SampleCount);
        Assert.False(activity.Format == ActivityFormat.Fit && activity.StartUtc < new DateTime(1998, 7, 1, 0, 0, 0, DateTimeKind.Utc),
            "a FIT system time read as a 1989 date");
    }
}
