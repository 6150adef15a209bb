using Harrier.Core.Plans;

namespace Harrier.Core.Tests.Plans;

public sealed class GoalTextTests
{
    [Theory]
    [InlineData("5k", 5000)]
    [InlineData("10 km", 10000)]
    [InlineData("5000m", 5000)]
    [InlineData("3mi", 4828.032)]
    [InlineData("Half", 21097.5)]
    [InlineData("21.1k", 21100)]
    public void TryParseDistance_RunnerText_ReadsMeters(string text, double meters)
    {
        Assert.True(GoalText.TryParseDistance(text, out var distance));
        Assert.Equal(meters, distance.Meters, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fast")]
    [InlineData("-5k")]
    [InlineData("0k")]
    public void TryParseDistance_Nonsense_Fails(string text)
    {
        Assert.False(GoalText.TryParseDistance(text, out _));
    }

    [Theory]
    [InlineData("none", 0, null)]
    [InlineData("20min", 1200, null)]
    [InlineData("20 minutes", 1200, null)]
    [InlineData("5k in 32:00", 1920, 5000.0)]
    [InlineData("10k in 1:02:30", 3750, 10000.0)]
    public void TryParseAbility_RunnerText_ReadsAbility(string text, int seconds, double? raceMeters)
    {
        Assert.True(GoalText.TryParseAbility(text, out var ability));
        Assert.Equal(seconds, ability.Continuous.TotalSeconds);
        Assert.Equal(raceMeters, ability.RaceDistance?.Meters);
    }

    [Theory]
    [InlineData("5k in soon")]
    [InlineData("lots")]
    [InlineData("0min")]
    public void TryParseAbility_Nonsense_Fails(string text)
    {
        Assert.False(GoalText.TryParseAbility(text, out _));
    }
}
