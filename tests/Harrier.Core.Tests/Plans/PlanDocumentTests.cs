using System.Text.Json;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

public sealed class PlanDocumentTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void From_InfeasibleGoal_SerialisesTheIssueShape()
    {
        var plan = GoalPlanner.Generate(new GoalRequest(Monday, Distance.FromKilometers(10), Monday.AddDays(70),
            [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], CurrentAbility.None));

        var json = JsonSerializer.Serialize(PlanDocument.From(plan), Web);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;

        Assert.False(root.GetProperty("feasible").GetBoolean());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", root.GetProperty("earliestSafeDate").GetString());
        Assert.NotEmpty(root.GetProperty("warnings").EnumerateArray());
        var first = root.GetProperty("sessions")[0];
        Assert.Equal("2027-01-04", first.GetProperty("date").GetString());
        Assert.Equal("walk-run", first.GetProperty("kind").GetString());
        Assert.Equal(480, first.GetProperty("runSeconds").GetInt32());
        Assert.Equal(60, first.GetProperty("longestRunSeconds").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("distanceMeters").ValueKind); // Couch to 5K week 1: by time only
        Assert.False(first.GetProperty("checkpoint").GetBoolean());
        Assert.Equal("warm-up", first.GetProperty("steps")[0].GetProperty("kind").GetString());
        Assert.Equal(300, first.GetProperty("steps")[0].GetProperty("seconds").GetInt32());
    }

    [Fact]
    public void From_ThreadScenario_FeasibleWithNullEarliestDateAndFlaggedCheckpoints()
    {
        var plan = GoalPlanner.Generate(new GoalRequest(Monday, Distance.FromKilometers(5), Monday.AddDays(70),
            [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], CurrentAbility.None));

        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(PlanDocument.From(plan), Web));
        var root = doc.RootElement;
        var sessions = root.GetProperty("sessions").EnumerateArray().ToArray();

        Assert.True(root.GetProperty("feasible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("earliestSafeDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, sessions[0].GetProperty("distanceMeters").ValueKind);
        Assert.Equal(["2027-01-11", "2027-01-25", "2027-02-05", "2027-02-12", "2027-02-22"],
            sessions.Where(s => s.GetProperty("checkpoint").GetBoolean()).Select(s => s.GetProperty("date").GetString()));
        var dates = sessions.Select(s => s.GetProperty("date").GetString()).ToArray();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal("2027-03-15", dates[^1]);
        Assert.True(sessions[^1].GetProperty("goal").GetBoolean());
        Assert.Equal(5000, sessions[^1].GetProperty("distanceMeters").GetDouble());
    }

    [Fact]
    public void From_BudSTemplate_StepsGetSecondsFromTargetPace()
    {
        var session = PlanDocument.From(PlanTemplates.Get("buds-category-1").Apply(Monday)).Sessions[0];

        Assert.Equal(1020, session.Steps[0].Seconds);
        Assert.Equal(2 * Distance.MetersPerMile, session.Steps[0].Meters!.Value, 6);
        Assert.Equal(5, session.Effort);
    }

    [Fact]
    public void From_AdaptedPlan_ListsChangesWithReasons()
    {
        var plan = PlanAdaptation.Realign(PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday), new HashSet<DateOnly>(), Monday.AddDays(1));

        var change = Assert.Single(PlanDocument.From(plan).Changes);

        Assert.Equal("realign", change.Action);
        Assert.True(change.SessionsChanged > 0);
        Assert.Contains("Nothing is skipped", change.Reason, StringComparison.Ordinal);
    }
}
