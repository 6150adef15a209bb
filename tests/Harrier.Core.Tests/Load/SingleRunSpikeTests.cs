using Harrier.Core.Load;

namespace Harrier.Core.Tests.Load;

public sealed class SingleRunSpikeTests
{
    private static readonly DateTime Start = new(2027, 1, 4, 7, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("5000 5500", "")] // exactly +10% is allowed
    [InlineData("5000 5600", "1:Small")]
    [InlineData("5000 7000", "1:Moderate")]
    [InlineData("5000 10001", "1:Large")]
    [InlineData("5000 4000 5400 6000", "3:Small")]
    [InlineData("5000 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 8000", "")] // day 31: nothing in the previous 30 days
    [InlineData("5000 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 8000", "30:Moderate")] // day 30: still inside
    public void InLog_DailyRuns_FlagsRunsLongerThanTenPercentOverThirtyDayLongest(string metersPerDay, string expected)
    {
        var runs = metersPerDay.Split(' ').Select((m, day) => (Meters: double.Parse(m, CultureInfo.InvariantCulture), Day: day))
            .Where(x => x.Meters > 0)
            .Select(x => LogRuns.Make(Start.AddDays(x.Day), x.Meters, 30))
            .ToArray();

        var spikes = SingleRunSpike.InLog(runs);

        Assert.Equal(expected, string.Join(' ', spikes.Select(s => $"{(s.Item.StartUtc - Start).Days}:{s.Size}")));
    }

    [Fact]
    public void InLog_Spike_ReportsPreviousLongestAndIncrease()
    {
        var spike = Assert.Single(SingleRunSpike.InLog([LogRuns.Make(Start, 4000, 25), LogRuns.Make(Start.AddDays(2), 5000, 31)]));

        Assert.Equal(4000, spike.PreviousLongest);
        Assert.Equal(0.25, spike.Increase, 9);
    }
}
