using Harrier.Core.Screening;

namespace Harrier.Core.Tests.Screening;

public sealed class PainPatternsTests
{
    [Theory]
    [InlineData("thread", "NerveRoot")]
    [InlineData("thread-numb", "NerveRootWithNumbness")]
    [InlineData("thread-ache", "NerveRoot")] // a band from the back to below the knee, whatever it feels like (EVIDENCE §4.3)
    [InlineData("outer-leg-twinge", "NerveRoot")]
    [InlineData("shin-tingling", "NerveRoot")]
    [InlineData("both-legs-tingling", "NerveRoot BothLegs")]
    [InlineData("both-thighs-from-back", "BothLegs")]
    [InlineData("calf-ache", "")]
    [InlineData("calf-sharp", "")]
    [InlineData("calf-burning", "")]
    [InlineData("back-to-thigh-shooting", "")]
    [InlineData("back-ache", "")]
    [InlineData("both-shins-ache", "")]
    [InlineData("both-knees-sharp", "")]
    public void Detect_Entry_FindsExpectedPatterns(string entry, string expected)
    {
        var patterns = PainPatterns.Detect(PainCases.Get(entry)!);

        var want = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<PainPattern>).Order();
        Assert.Equal(want, patterns.Order());
    }
}
