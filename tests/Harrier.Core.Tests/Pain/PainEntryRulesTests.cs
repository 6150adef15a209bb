using Harrier.Core.Pain;

namespace Harrier.Core.Tests.Pain;

public sealed class PainEntryRulesTests
{
    private static readonly DateOnly Today = new(2027, 3, 10);
    private static readonly BodySpot Back = new(BodyRegion.LowerBack, BodySide.Right);

    [Fact]
    public void Problems_TodayWithAFewSpots_None() =>
        Assert.Empty(PainEntryRules.Problems(new PainEntry(Today, Back) { SpreadsTo = [new(BodyRegion.OuterLowerLeg, BodySide.Right)], Notes = "After hills" }, Today));

    [Theory]
    [InlineData(1, "The day cannot be in the future.")]
    [InlineData(-(365 * 5) - 2, "Choose a day from 10 Mar 2022 to today.")]
    public void Problems_DayOutOfRange_SaysWhichDays(int days, string message) =>
        Assert.Equal(message, PainEntryRules.Problems(new PainEntry(Today.AddDays(days), Back), Today)["day"]);

    [Fact]
    public void Problems_TooManySpotsAndLongNotes_Named()
    {
        var entry = new PainEntry(Today, Back)
        {
            SpreadsTo = Enumerable.Repeat(Back, PainEntryRules.MaxSpreadsTo + 1).ToArray(), Notes = new string('x', PainEntryRules.MaxNotesLength + 1),
            StiffnessMinutes = 5000,
        };

        Assert.Equal(["notes", "spreadsTo", "stiffnessMinutes"], PainEntryRules.Problems(entry, Today).Keys.Order(StringComparer.Ordinal).ToArray());
    }
}
