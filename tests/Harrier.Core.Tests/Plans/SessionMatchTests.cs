using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Plans;

/// <summary>Which logged run completes a planned session: Couch to 5K week 1 run 1 on 4 January 2027 (30 minutes in all).</summary>
public sealed class SessionMatchTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly TrainingPlan Nhs = PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday);
    private static readonly PlannedWorkout Session = Nhs.Workouts[0];

    private static LoggedRun Run(int minutes, int day = 0, bool running = true, int id = 1) =>
        new(id, Monday.AddDays(day), TimeSpan.FromMinutes(minutes), running);

    [Theory]
    [InlineData(30, 0, true, SessionMatchKind.Clear)]       // the whole session
    [InlineData(25, 0, true, SessionMatchKind.Clear)]       // watch started after the warm-up walk
    [InlineData(23, 0, true, SessionMatchKind.Clear)]       // 0.77 of the planned time
    [InlineData(39, 0, true, SessionMatchKind.Clear)]       // 1.30
    [InlineData(20, 0, true, SessionMatchKind.Possible)]    // only the intervals: offered, not assumed
    [InlineData(60, 0, true, SessionMatchKind.Possible)]    // twice as long: something else, offered
    [InlineData(30, 1, true, SessionMatchKind.None)]        // the next day
    [InlineData(30, -1, true, SessionMatchKind.None)]       // the day before
    [InlineData(30, 0, false, SessionMatchKind.None)]       // a recorded walk
    public void Of_RunAgainstTheSession_IsTheKindInTheTable(int minutes, int day, bool running, SessionMatchKind expected) =>
        Assert.Equal(expected, SessionMatch.Of(Session, Run(minutes, day, running)));

    [Fact]
    public void Of_NonRunningSession_IsNeverMatched()
    {
        var strength = Session with { Workout = new Workout(WorkoutKind.Strength, "Strength", "Squats.", [new WorkoutStep(StepKind.Strength, 1200)]) };
        Assert.Equal(SessionMatchKind.None, SessionMatch.Of(strength, Run(20)));
    }

    [Fact]
    public void Clear_TwoCloseRunsThatDay_IsNoneAndBothAreOffered()
    {
        LoggedRun[] runs = [Run(29, id: 1), Run(31, id: 2)];

        Assert.Null(SessionMatch.Clear(Session, runs));
        Assert.Equal([(1, SessionMatchKind.Possible), (2, SessionMatchKind.Possible)],
            SessionMatch.Candidates(Session, runs).Select(c => (c.Run.Id, c.Kind)));
    }

    [Fact]
    public void Clear_OneCloseRunAndAShortOne_IsTheCloseOneOfferedFirst()
    {
        LoggedRun[] runs = [Run(10, id: 1), Run(28, id: 2), Run(30, day: 1, id: 3)];

        Assert.Equal(2, SessionMatch.Clear(Session, runs)!.Id);
        Assert.Equal([2, 1], SessionMatch.Candidates(Session, runs).Select(c => c.Run.Id));
    }
}
