using Harrier.Core.Screening;

namespace Harrier.Core.Tests.Screening;

public sealed class StartBackTests
{
    /// <summary>Rows: nine responses (items 1–8 as 0/1, item 9 as 0–4); expected total, psychosocial subscale and risk.</summary>
    [Theory]
    [InlineData("0 0 0 0 0 0 0 0 0", 0, 0, StartBackRisk.Low)]
    [InlineData("1 1 1 0 0 0 0 0 2", 3, 0, StartBackRisk.Low)] // total 3, item 9 "moderately" scores 0
    [InlineData("1 1 1 1 0 0 0 0 1", 4, 0, StartBackRisk.Medium)] // total ≥ 4 from physical items alone
    [InlineData("1 1 1 1 1 1 1 0 2", 7, 3, StartBackRisk.Medium)] // subscale 3 is still medium
    [InlineData("0 0 0 0 1 1 1 0 3", 4, 4, StartBackRisk.High)] // item 9 "very much" scores 1
    [InlineData("0 0 0 0 1 1 1 1 0", 4, 4, StartBackRisk.High)]
    [InlineData("1 1 1 1 1 1 1 1 4", 9, 5, StartBackRisk.High)] // item 9 "extremely"
    [InlineData("1 0 0 1 1 0 1 0 3", 5, 3, StartBackRisk.Medium)] // the mis-copied "1, 4, 7, 8, 9" subscale would give 4 (high)
    public void Score_Responses_GivesTotalSubscaleAndRisk(string responses, int total, int psychosocial, StartBackRisk risk)
    {
        var result = StartBack.Score(Parse(responses));

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
        Assert.Equal(new StartBackScore(total, psychosocial, risk), result.Value);
    }

    [Theory]
    [InlineData("0 0 0 0 0 0 0 0", "9 items")]
    [InlineData("0 0 0 0 0 0 0 0 0 0", "9 items")]
    [InlineData("0 2 0 0 0 0 0 0 0", "Item 2 must be between 0 and 1")]
    [InlineData("0 0 0 0 0 0 0 -1 0", "Item 8 must be between 0 and 1")]
    [InlineData("0 0 0 0 0 0 0 0 5", "Item 9 must be between 0 and 4")]
    [InlineData("0 0 x 0 0 0 0 0 0", "Item 3 is not answered")]
    public void Score_InvalidResponses_Refused(string responses, string error)
    {
        var result = StartBack.Score(Parse(responses));

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Contains(result.Errors, e => e.Contains(error, StringComparison.Ordinal));
    }

    [Fact]
    public void Score_SeveralProblems_ReportsEach()
    {
        var result = StartBack.Score(Parse("x 3 0 0 0 0 0 0 9"));

        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void Answers_WrongItemCountOrUndefinedBother_Throws()
    {
        Assert.Throws<ArgumentException>(() => new StartBackAnswers([true, false], StartBackBother.Slightly));
        Assert.Throws<ArgumentOutOfRangeException>(() => new StartBackAnswers(new bool[8], (StartBackBother)7));
    }

    [Fact]
    public void Items_NineInQuestionnaireOrder()
    {
        Assert.Equal(9, StartBack.Items.Count);
        Assert.StartsWith("My back pain has spread down my leg", StartBack.Items[0], StringComparison.Ordinal);
        Assert.StartsWith("Overall, how bothersome", StartBack.Items[8], StringComparison.Ordinal);
    }

    private static int?[] Parse(string responses) =>
        responses.Split(' ').Select(r => r == "x" ? (int?)null : int.Parse(r, CultureInfo.InvariantCulture)).ToArray();
}
