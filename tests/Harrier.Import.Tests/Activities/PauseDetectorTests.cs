using Harrier.Core.Activities;

namespace Harrier.Import.Tests.Activities;

public sealed class PauseDetectorTests
{
    [Fact]
    public void CumulativeMovingSeconds_StandingStill_IsNotMoving()
    {
        double[] seconds = [0, 10, 20, 80, 90];
        double[] distance = [0, 30, 60, 61, 91]; // 3 m/s, then 1 m in 60 s, then 3 m/s again

        var moving = PauseDetector.CumulativeMovingSeconds(seconds, distance, [], 0.5);

        Assert.Equal([0.0, 10, 20, 20, 30], moving);
    }

    [Fact]
    public void CumulativeMovingSeconds_TimerStopped_IsNotMovingEvenWhenDistanceGrows()
    {
        double[] seconds = [0, 10, 20, 30];
        double[] distance = [0, 30, 60, 90];

        var moving = PauseDetector.CumulativeMovingSeconds(seconds, distance, [(12, 18)], 0.5);

        Assert.Equal([0.0, 10, 10, 20], moving);
    }

    [Fact]
    public void CumulativeMovingSeconds_RepeatedTimestamps_AddNothing()
    {
        var moving = PauseDetector.CumulativeMovingSeconds([0, 0, 5], [0, 10, 20], [], 0.5);

        Assert.Equal([0.0, 0, 5], moving);
    }
}
