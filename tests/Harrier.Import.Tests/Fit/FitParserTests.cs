using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Fit;

public sealed class FitParserTests
{
    [Fact]
    public void Read_Fenix5Run_MatchesDeviceSession()
    {
        var result = TestFiles.Read("garmin-fenix-5-run.fit");
        var (_, activity, m, _) = result.Only();

        Assert.Empty(result.Issues);
        Assert.Equal((ActivitySport.Running, 21, 1), (activity.Sport, activity.Samples.Length, activity.Laps.Count));
        var session = Assert.Single(activity.Sessions);
        Assert.Equal(session.DistanceMeters!.Value, m.Distance.Meters, 6);
        Assert.InRange(m.SampleDistance.Meters, session.DistanceMeters.Value * 0.995, session.DistanceMeters.Value * 1.005);
        Assert.Equal(session.TimerTime!.Value.TotalSeconds, m.TimerTime.TotalSeconds, 1);
        Assert.Equal(new DateTime(2017, 6, 11, 14, 34, 9, DateTimeKind.Utc), activity.StartUtc);
        Assert.InRange(m.Cadence!.Value, 150, 190); // per-leg ~84 rpm doubled to steps
    }

    [Fact]
    public void Read_CompressedSpeedDistance_AccumulatesToSessionDistance()
    {
        var (_, activity, m, _) = TestFiles.Read("compressed-speed-distance.fit").Only();
        var session = activity.Sessions[0].DistanceMeters!.Value;

        Assert.Equal(DistanceSource.DeviceSamples, ActivityTrack.From(activity, MetricsOptions.Default).Source);
        Assert.InRange(m.SampleDistance.Meters, session * 0.995, session * 1.005);
    }

    [Fact]
    public void Read_FlippedFileCrc_ReadsWithIssue()
    {
        var data = TestFiles.Bytes("garmin-fenix-5-run.fit");
        data[^1] ^= 0x55;

        var result = ActivityReader.Read("x.fit", data);

        Assert.Equal(21, result.Only().Activity.Samples.Length);
        Assert.Contains(result.Issues, i => i.Message.StartsWith("File CRC mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_TruncatedTail_ReadsWhatIsThereWithIssue()
    {
        var data = TestFiles.Bytes("garmin-fenix-5-run.fit").AsSpan(0, 3000).ToArray();

        var result = ActivityReader.Read("x.fit", data);

        Assert.InRange(result.Only().Activity.Samples.Length, 1, 20);
        Assert.Contains(result.Issues, i => i.Message.StartsWith("The file is truncated", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_NoSignature_FailsAsUnknownFormat()
    {
        var data = TestFiles.Bytes("garmin-fenix-5-run.fit");
        data[9] = (byte)'X';

        var result = ActivityReader.Read("x.dat", data);

        Assert.Equal(ParseErrorKind.UnknownFormat, result.Error!.Kind);
    }

    [Fact]
    public void Read_FitExtensionWithoutSignature_FailsAsBadHeader()
    {
        var data = TestFiles.Bytes("garmin-fenix-5-run.fit");
        data[9] = (byte)'X';

        var result = ActivityReader.Read("x.fit", data);

        Assert.Equal(ParseErrorKind.BadHeader, result.Error!.Kind);
        Assert.Contains(".FIT", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fit__activity_lowbattery.fit", 381)]
    [InlineData("python-fitpa__activity-small-fenix2-run.fit", 64)]
    [InlineData("python-fitpa__garmin-edge-500-activity.fit", 541)]
    [InlineData("python-fitpa__activity-large-fenxi2-multisport.fit", 1579)]
    [InlineData("python-fitpa__2013-02-06-12-11-14.fit", 168)]
    public void Compute_BarometricFitFile_AscentWithinTenPercentOfDevice(string name, double deviceAscent)
    {
        Corpus.SkipIfMissing();
        var activities = ActivityReader.Read(name, File.ReadAllBytes(Corpus.PathOf("fit", name))).Activities;

        Assert.Equal(deviceAscent, activities.Sum(a => a.Activity.Sessions.Sum(s => s.AscentMeters ?? 0)));
        Assert.InRange(activities.Sum(a => a.Metrics.AscentMeters), deviceAscent * 0.9, deviceAscent * 1.1);
    }

    [Theory]
    [InlineData("python-fitpa__activity-filecrc.fit", "File CRC mismatch")]
    [InlineData("python-fitpa__activity-activity-filecrc.fit", "File CRC mismatch")]
    [InlineData("python-fitpa__activity-unexpected-eof.fit", "The file is truncated")]
    [InlineData("python-fitpa__activity-settings-nodata.fit", "The file is truncated")]
    [InlineData("python-fitpa__activity-settings-corruptheader.fit", "bytes after the end of the FIT data were ignored")]
    [InlineData("fit__activity_truncated.fit", "no session summary")]
    [InlineData("python-fitpa__nick.fit", "File CRC mismatch")]
    [InlineData("python-fitpa__strava-android-app-201.10-b1218918.fit", "undefined local message type")]
    [InlineData("FitTrackee__gpx_test_all_incorrect.zip_test_4.gpx", "no track points")]
    [InlineData("FitTrackee__gpx_test_all_incorrect.zip_test_5.gpx", "no track points")]
    public void Read_KnownBadCorpusFile_ReportsSpecificIssue(string name, string issue)
    {
        Corpus.SkipIfMissing();

        var result = ActivityReader.Read(name, File.ReadAllBytes(Corpus.PathOf("bad", name)));

        Assert.NotEmpty(result.Activities);
        Assert.Contains(result.Issues, i => i.Message.Contains(issue, StringComparison.Ordinal));
    }
}
