using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Activities;

public sealed class SportInferenceTests
{
    [Theory]
    [InlineData(3.0, 85, ActivitySport.Running)] // per-leg cadence of a run
    [InlineData(3.0, 170, ActivitySport.Running)] // the same in steps
    [InlineData(1.3, 55, ActivitySport.Walking)] // per-leg cadence of a walk
    [InlineData(1.3, 110, ActivitySport.Walking)] // the same in steps
    [InlineData(1.1, double.NaN, ActivitySport.Unknown)] // a walk, a swim or a paddle: without cadence the data cannot tell
    [InlineData(3.0, double.NaN, ActivitySport.Unknown)] // a jog or a gentle ride
    [InlineData(8.0, 85, ActivitySport.Unknown)] // pedalling at a ride's speed
    [InlineData(double.NaN, 85, ActivitySport.Unknown)]
    public void FromData_PaceAndCadence_TellRunFromWalk(double speed, double cadence, ActivitySport sport)
    {
        Assert.Equal(sport, SportInference.FromData(speed, cadence));
    }

    [Theory]
    [InlineData(ActivitySport.Running, 86, 2)]
    [InlineData(ActivitySport.Running, 172, 1)]
    [InlineData(ActivitySport.Unknown, 86, 2)]
    [InlineData(ActivitySport.Walking, 55, 2)]
    [InlineData(ActivitySport.Walking, 110, 1)]
    [InlineData(ActivitySport.Hiking, 50, 2)]
    [InlineData(ActivitySport.Cycling, 86, 1)]
    [InlineData(ActivitySport.Running, double.NaN, 1)]
    public void Factor_RecordedCadence_DoublesOneLegsCyclesOnFoot(ActivitySport sport, double median, int factor)
    {
        Assert.Equal(factor, StepCadence.Factor(sport, median));
    }
}
