using Harrier.Core.Load;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

public sealed class PlanTemplatesTests
{
    private static readonly DateOnly Monday = new(2027, 1, 4);

    [Fact]
    public void All_ShippedFiles_LoadWithSourceAndEvidence()
    {
        Assert.Equal(["bridge-5k-to-10k", "buds-category-1", "cool-running-couch-to-5k", "grass-barefoot-intro", "nhs-couch-to-5k"],
            PlanTemplates.All.Select(t => t.Id));
        Assert.All(PlanTemplates.All, t => Assert.False(string.IsNullOrWhiteSpace(t.Source)));
        Assert.All(PlanTemplates.All, t => Assert.NotEmpty(t.Evidence));
        Assert.All(PlanTemplates.All.SelectMany(t => t.Weeks).SelectMany(w => w.Workouts),
            w => Assert.False(string.IsNullOrWhiteSpace(w.Instruction)));
    }

    [Fact]
    public void BudS_Miles_FollowTheWarningOrder()
    {
        var template = PlanTemplates.Get("buds-category-1");

        var miles = template.Weeks.Select(w => string.Join('/',
            w.Workouts.Where(x => x.IsRunning).Select(x => Math.Round(x.DistanceMeters!.Value / Distance.MetersPerMile, 2))));

        Assert.Equal(["2/2/2", "2/2/2", "", "3/3/3", "2/3/4/2", "2/3/4/2", "4/4/5/3", "4/4/5/3", "4/4/5/3"], miles);
        Assert.All(template.Weeks[2].Workouts, w => Assert.Equal(WorkoutKind.Rest, w.Kind));
        Assert.Equal(1020, template.Weeks[0].Workouts[0].RunSeconds); // 2 mi at 8:30 /mi
    }

    [Fact]
    public void BudS_Notes_StateDiscrepancyAndNotForNovices()
    {
        var template = PlanTemplates.Get("buds-category-1");

        Assert.Equal(TemplateAudience.Military, template.Audience);
        Assert.StartsWith("Not a novice plan.", template.Warning, StringComparison.Ordinal);
        Assert.Contains(template.Evidence,
            e => e.Contains("3/4/5/2", StringComparison.Ordinal) && e.Contains("4/4/5/3", StringComparison.Ordinal));
        Assert.Contains(template.Apply(Monday).Warnings, w => w.StartsWith("Not a novice plan.", StringComparison.Ordinal));
    }

    [Fact]
    public void BudS_OwnDays_AreMonWedFriThenMonTueThuFri()
    {
        var plan = PlanTemplates.Get("buds-category-1").Apply(Monday);

        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], plan.Weeks[0].Workouts.Select(w => w.Date.DayOfWeek));
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday],
            plan.Weeks[6].Workouts.Select(w => w.Date.DayOfWeek));
    }

    [Fact]
    public void GrassBarefoot_Sessions_AreSevenTimesTwoMinutesRunTwoWalk()
    {
        var template = PlanTemplates.Get("grass-barefoot-intro");

        var workouts = template.Weeks.SelectMany(w => w.Workouts).ToArray();

        Assert.Equal(4, workouts.Length);
        Assert.All(workouts, w => Assert.Equal(StepCode.Expand("wu300 7x(r120 w120)"), StepCode.Of(w)));
        Assert.All(workouts, w => Assert.Equal(840, w.RunSeconds));
    }

    [Fact]
    public void Bridge_EveryRun_StaysWithinTenPercentOfThirtyMinuteStart()
    {
        var template = PlanTemplates.Get("bridge-5k-to-10k");
        var plan = template.Apply(Monday);

        Assert.Empty(SingleRunSpike.InPlan(plan, TimeSpan.FromMinutes(30)));
        Assert.Equal(3600, plan.Workouts[^1].Workout.RunSeconds);
        var weekly = plan.Weeks.Select(w => w.RunSeconds).ToArray();
        Assert.True(weekly[3] < weekly[2] && weekly[7] < weekly[6], "weeks 4 and 8 are easier weeks");
    }

    [Theory]
    [InlineData("2027-01-04", "2027-01-04 2027-01-06 2027-01-08", "2027-03-05")]
    [InlineData("2027-01-07", "2027-01-08 2027-01-11 2027-01-13", "2027-03-10")]
    public void Apply_StartAndWeekdays_DatesEveryWeek(string start, string firstWeek, string last)
    {
        var plan = PlanTemplates.Get("nhs-couch-to-5k").Apply(DateOnly.Parse(start, CultureInfo.InvariantCulture),
            [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);

        var dates = plan.Weeks[0].Workouts.Select(w => w.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(firstWeek, string.Join(' ', dates));
        Assert.Equal(last, plan.EndDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(27, plan.Workouts.Count);
        Assert.Equal(9, plan.Weeks.Count);
    }

    [Fact]
    public void Apply_TooFewDays_Throws()
    {
        Assert.Throws<ArgumentException>(() => PlanTemplates.Get("nhs-couch-to-5k").Apply(Monday, [DayOfWeek.Monday, DayOfWeek.Thursday]));
    }

    [Fact]
    public void Parse_UnknownProperty_Throws()
    {
        const string json = """
            {"id":"x","name":"X","summary":"s","audience":"novice","source":"s","evidence":["e"],"defaultDays":["monday"],
             "weeks":[{"week":1,"workouts":[{"kind":"run","instruction":"Run.","steps":[{"kind":"run","minutse":5}]}]}]}
            """;

        Assert.ThrowsAny<System.Text.Json.JsonException>(() => PlanTemplates.Parse(json));
    }

    /// <summary>A runner reads the source under their plan: a readable citation, never a file or section number.</summary>
    [Fact]
    public void All_Sources_NameNoFileOrSection() =>
        Assert.All(PlanTemplates.All, t => Assert.DoesNotMatch("EVIDENCE|§|\\.md\\b", t.Source));
}
