using Harrier.Core.Coaching;
using Harrier.Core.Intake;
using Harrier.Core.Pain;
using Harrier.Core.Screening;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Coaching;

/// <summary>The roster puts an open warning sign first, then pain not settling, then intake due, then missed sessions.</summary>
public sealed class RosterTests
{
    private static readonly DateOnly Today = new(2027, 1, 11);
    private static readonly IntakeStatus Valid = IntakeStatus.Of(Today.AddDays(-30), null, Today);

    [Fact]
    public void Order_MostPressingFirstWithReasons()
    {
        var onTrack = Client("Ana");
        var missed = Client("Ben") with { Planned = 6, Done = 3 };
        var missedMore = Client("Bea") with { Planned = 6, Done = 1 };
        var intakeDue = Client("Cy") with { Intake = IntakeStatus.Of(null, null, Today) };
        var pain = Client("Dee") with { PainDecision = new PainDecision(PainAction.Deload, "rising", DecisionBasis.PainMonitoringModel, "rising") };
        var soon = Client("Eve") with { OpenWarningSign = Screen(Urgency.Soon) };
        var today = Client("Fay") with { OpenWarningSign = Screen(Urgency.Today) };

        var roster = Roster.Order([onTrack, missed, missedMore, intakeDue, pain, soon, today]);

        Assert.Equal(["Fay", "Eve", "Dee", "Cy", "Bea", "Ben", "Ana"], roster.Select(e => e.Client.Name));
        Assert.Equal(Attention.OnTrack, roster[^1].Attention);
        Assert.Empty(roster[^1].Reasons);
        Assert.StartsWith("Warning sign on 9 Jan: see a clinician today", roster[0].Reasons[0], StringComparison.Ordinal);
        Assert.Equal("Missed 5 of 6 sessions in the last 14 days", roster[4].Reasons[0]);
    }

    [Fact]
    public void Entry_SeveralReasons_AllShownMostPressingFirst()
    {
        var client = Client("Gus") with { Intake = IntakeStatus.Of(null, null, Today), Planned = 3, Done = 2, WornShoe = "Old pair" };

        var entry = Roster.Entry(client);

        Assert.Equal(Attention.IntakeDue, entry.Attention);
        Assert.Equal(["Intake due", "Missed 1 of 3 sessions in the last 14 days", "Old pair is past 800 km (a rule of thumb, not research)"], entry.Reasons);
    }

    private static ClientSnapshot Client(string name) =>
        new(name.ToUpperInvariant(), name, SharingScope.TrainingAndHealth, Valid, "Week 2, run 1", Today.AddDays(-1), Distance.FromKilometers(3), 0, 0, null, null);

    private static PastScreen Screen(Urgency urgency) =>
        new(Today.AddDays(-2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), Today.AddDays(-2), urgency, [], false);
}
