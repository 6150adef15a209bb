using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Activities;

public sealed class ActivityPlausibilityTests
{
    private static readonly DateTime T0 = new(2024, 5, 1, 6, 0, 0, DateTimeKind.Utc);

    /// <summary>A run at <paramref name="speed"/> m/s with one sample a second for <paramref name="seconds"/> seconds.</summary>
    private static ActivitySample[] Run(int seconds, double speed) =>
        [.. Enumerable.Range(0, seconds + 1).Select(i => ActivitySample.Empty(T0.AddSeconds(i)) with { DistanceMeters = i * speed })];

    private static ActivityCheck Check(Activity activity) => ActivityPlausibility.Check(activity, ActivityMetrics.Compute(activity));

    private static ActivityTotals Session(double meters, double seconds) => new()
    {
        Sport = ActivitySport.Running,
        StartUtc = T0,
        DistanceMeters = meters,
        ElapsedTime = TimeSpan.FromSeconds(seconds),
        TimerTime = TimeSpan.FromSeconds(seconds),
    };

    [Fact]
    public void Check_WholeRun_IsComplete()
    {
        var run = new Activity { Format = ActivityFormat.Fit, Sport = ActivitySport.Running, StartUtc = T0, Samples = Run(600, 3), Sessions = [Session(1800, 600)] };

        Assert.Same(ActivityCheck.Complete, Check(run));
    }

    [Theory]
    [InlineData(40, 3.0)] // 40 s
    [InlineData(300, 0.25)] // 75 m in 5 minutes
    public void Check_TooShort_IsSkippedButNotDamaged(int seconds, double speed)
    {
        var check = Check(new Activity { Format = ActivityFormat.Gpx, StartUtc = T0, Samples = Run(seconds, speed) });

        Assert.Equal(ActivityStatus.Skipped, check.Status);
        Assert.StartsWith("too short to be a run", check.Reason, StringComparison.Ordinal);
        Assert.False(check.Damaged);
    }

    [Theory]
    [InlineData(34_355_000, 2)]
    [InlineData(61_389_000, 5)]
    [InlineData(11_000, 0)]
    public void Check_ImpossibleTotals_AreSkippedAsDamaged(double meters, double seconds)
    {
        var file = new Activity
        {
            Format = ActivityFormat.Fit,
            Sport = ActivitySport.Running,
            StartUtc = T0,
            Samples = Run(1, 1),
            Sessions = [Session(meters, seconds)],
        };

        var check = Check(file);

        Assert.Equal((ActivityStatus.Skipped, true), (check.Status, check.Damaged));
        Assert.StartsWith("damaged:", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FasterThanAnyRunner_IsSkippedAsNotARun()
    {
        var check = Check(new Activity { Format = ActivityFormat.Gpx, StartUtc = T0, Samples = Run(600, 15) });

        Assert.Equal((ActivityStatus.Skipped, false), (check.Status, check.Damaged));
        Assert.StartsWith("faster than anyone runs", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_SamplesCoveringAFragmentOfTheSummary_IsPartialWithWhatIsMissing()
    {
        var file = new Activity
        {
            Format = ActivityFormat.Fit,
            Sport = ActivitySport.Running,
            StartUtc = T0,
            Samples = Run(480, 4),
            Sessions = [Session(10_000, 2400)],
        };

        var check = Check(file);

        Assert.Equal(ActivityStatus.Partial, check.Status);
        Assert.Equal(["samples after 1.92 km of the 10.00 km the summary states", "samples after 8:00 of the 40:00 the summary states"], check.Missing);
    }

    [Fact]
    public void Check_FitWithoutSessionOrCutShort_IsPartial()
    {
        var check = Check(new Activity { Format = ActivityFormat.Fit, StartUtc = T0, Samples = Run(600, 3), CutShort = true });

        Assert.Equal(
            ["the session summary (the file may have been cut short)", "the end of the recording (the file is cut short)"], check.Missing);
    }

    [Fact]
    public void Check_ShortCrossTrainingLeg_IsNotJudgedAsARun()
    {
        var transition = new Activity
        {
            Format = ActivityFormat.Fit,
            Sport = ActivitySport.Transition,
            StartUtc = T0,
            Samples = Run(40, 1),
            Sessions = [Session(40, 40)],
        };

        Assert.Equal(ActivityStatus.Complete, Check(transition).Status);
    }

    [Theory]
    [InlineData(true, false, "a planned route or course, not a recorded activity")]
    [InlineData(false, true, "the file has no times, so it is not a recorded activity")]
    public void Check_PlanOrUntimedTrack_IsSkipped(bool planned, bool untimed, string reason)
    {
        var samples = Run(600, 3).Select(s => untimed ? s with { TimeUtc = DateTime.MinValue } : s).ToArray();

        var check = Check(new Activity { Format = ActivityFormat.Gpx, Planned = planned, StartUtc = untimed ? null : T0, Samples = samples });

        Assert.Equal((ActivityStatus.Skipped, reason), (check.Status, check.Reason));
    }
}
