using System.Globalization;
using System.Text;
using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Xml;

/// <summary>TCX files with several activities, and activities whose sport the file does not name.</summary>
public sealed class TcxActivitiesTests
{
    private static readonly DateTime T0 = new(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc);

    /// <summary>One Activity of 20 minutes, a point every 10 s at <paramref name="speed"/> m/s with the given cadence element.</summary>
    private static string Activity(string sport, double minutes, double speed, string cadence, string lapExtension = "")
    {
        var start = T0.AddMinutes(minutes);
        var points = string.Concat(Enumerable.Range(0, 121).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"<Trackpoint><Time>{start.AddSeconds(10 * i):yyyy-MM-ddTHH:mm:ssZ}</Time><DistanceMeters>{10 * i * speed}</DistanceMeters>{cadence}</Trackpoint>")));
        return string.Create(CultureInfo.InvariantCulture,
            $"<Activity Sport=\"{sport}\"><Id>{start:O}</Id><Lap StartTime=\"{start:yyyy-MM-ddTHH:mm:ssZ}\"><TotalTimeSeconds>1200</TotalTimeSeconds>")
            + string.Create(CultureInfo.InvariantCulture, $"<DistanceMeters>{1200 * speed}</DistanceMeters><Track>{points}</Track>{lapExtension}</Lap></Activity>");
    }

    private static ActivityParseResult Read(params string[] activities) => ActivityReader.Read("x.tcx", Encoding.UTF8.GetBytes(
        "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities>"
        + string.Concat(activities) + "</Activities></TrainingCenterDatabase>"));

    private const string RunCadence = "<Extensions><TPX><RunCadence>86</RunCadence></TPX></Extensions>";

    [Fact]
    public void Read_SeveralActivities_GivesOneActivityEachWithItsOwnSportAndTotals()
    {
        var result = Read(Activity("Running", 0, 3, RunCadence), Activity("Biking", 120, 8, "<Cadence>90</Cadence>"));

        Assert.Equal([ActivitySport.Running, ActivitySport.Cycling], result.Activities.Select(a => a.Activity.Sport));
        Assert.Equal([3600.0, 9600.0], result.Activities.Select(a => a.Metrics.Distance.Meters));
        Assert.Equal([1200.0, 1200.0], result.Activities.Select(a => a.Metrics.TimerTime.TotalSeconds));
        Assert.Equal([172.0, 90.0], result.Activities.Select(a => a.Metrics.Cadence!.Value));
        Assert.All(result.Activities, a => Assert.Single(a.Activity.Laps));
    }

    [Theory]
    [InlineData(1.2, "<Extensions><TPX><RunCadence>55</RunCadence></TPX></Extensions>", "", ActivitySport.Walking, 110.0)]
    [InlineData(1.2, "", "<Extensions><LX><AvgRunCadence>52</AvgRunCadence></LX></Extensions>", ActivitySport.Walking, null)]
    [InlineData(3.0, RunCadence, "", ActivitySport.Running, 172.0)]
    public void Read_SportOther_IsJudgedByPaceAndCadence(double speed, string cadence, string lap, ActivitySport sport, double? steps)
    {
        var result = Read(Activity("Other", 0, speed, cadence, lap));

        var read = result.Only();
        Assert.Equal(sport, read.Activity.Sport);
        Assert.Equal(steps, read.Metrics.Cadence);
        Assert.Contains(result.Issues, i => i.Message.StartsWith("The file calls the sport \"other\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SportOtherWithoutStepData_StaysOther()
    {
        // A walk, a swim and a paddle all move at about 1 m/s: without cadence the data cannot tell, so the file's word stands.
        Assert.Equal(ActivitySport.Other, Read(Activity("Other", 0, 1.1, "")).Only().Activity.Sport);
    }

    [Fact]
    public void Read_NoSportAndRunCadence_IsARun()
    {
        var result = Read(Activity("Generic", 0, 3.0, RunCadence));

        Assert.Equal(ActivitySport.Running, result.Only().Activity.Sport);
        Assert.Contains(result.Issues, i => i.Message.StartsWith("The file does not name the sport", StringComparison.Ordinal));
    }
}
