using Harrier.Core.Screening;

namespace Harrier.Core.Tests.Screening;

public sealed class ScoreHistoryTests
{
    private static readonly DateOnly Day1 = new(2027, 1, 4);

    /// <summary>Rows: Oswestry percentages three weeks apart; expected change from the previous score,
    /// and whether it is important (&gt; 10 points).</summary>
    [Theory]
    [InlineData("32 20", -12.0, true)]
    [InlineData("32 22", -10.0, false)] // exactly the detectable change is not more than it
    [InlineData("20 34", 14.0, true)]
    [InlineData("40 32 30", -2.0, false)]
    public void ForOswestry_ChangeFromPrevious_UsesDocumentedThreshold(string percents, double difference, bool important)
    {
        var history = ScoreHistory.ForOswestry(percents.Split(' ').Select((p, i) =>
            (Day1.AddDays(21 * i), Score(double.Parse(p, CultureInfo.InvariantCulture)))));

        var change = Assert.IsType<ScoreChange>(history.ChangeFromPrevious);
        Assert.Equal(difference, change.Difference, 6);
        Assert.Equal(important, change.IsImportant);
        Assert.Equal(10, change.MinimalImportantChange);
    }

    [Fact]
    public void Points_GivenOutOfOrder_SortedByDay()
    {
        var history = new ScoreHistory([new(Day1.AddDays(14), 30), new(Day1, 50), new(Day1.AddDays(7), 40)], 10);

        Assert.Equal([50.0, 40.0, 30.0], history.Points.Select(p => p.Score));
        Assert.Equal(-20, history.ChangeFromFirst!.Difference);
        Assert.Equal(-10, history.ChangeFromPrevious!.Difference);
        Assert.Equal(30, history.Latest!.Score);
    }

    [Fact]
    public void ForStartBack_NoDocumentedThreshold_ImportanceUnknown()
    {
        var history = ScoreHistory.ForStartBack([(Day1, new StartBackScore(6, 4, StartBackRisk.High)),
            (Day1.AddDays(28), new StartBackScore(2, 1, StartBackRisk.Low))]);

        var change = history.ChangeFromPrevious!;
        Assert.Equal(-4, change.Difference);
        Assert.Null(change.IsImportant);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Change_FewerThanTwoScores_Null(int count)
    {
        var history = new ScoreHistory(Enumerable.Range(0, count).Select(i => new ScorePoint(Day1.AddDays(i), 10)), null);

        Assert.Null(history.ChangeFromPrevious);
        Assert.Null(history.ChangeFromFirst);
        Assert.Equal(count == 0, history.Latest is null);
    }

    private static OswestryScore Score(double percent) => new(0, 10, percent, Oswestry.BandOf(percent));
}
