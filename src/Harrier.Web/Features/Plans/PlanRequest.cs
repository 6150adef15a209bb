using System.ComponentModel.DataAnnotations;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Web.Features.Plans;

/// <summary>
/// What a runner asks for: a published template from a start date on chosen weekdays, or a goal distance by a date. Shared by
/// the plan wizard and the API; <see cref="Build"/> checks it and makes the plan, or says field by field what is wrong.
/// </summary>
public sealed class PlanRequest
{
    /// <summary>A template id (see <c>GET /api/plans/templates</c>); leave empty to plan for a goal.</summary>
    public string? Template { get; set; }

    public DateOnly? Start { get; set; }

    /// <summary>Training weekdays, e.g. ["monday","wednesday","friday"].</summary>
    public List<DayOfWeek> Days { get; set; } = [];

    /// <summary>Goal distance as text: 5k, 10k, 3mi, half.</summary>
    [StringLength(20)]
    public string? Goal { get; set; }

    public DateOnly? By { get; set; }

    /// <summary>What the runner can do now: none, "20min", or "5k in 32:00".</summary>
    [StringLength(40)]
    public string? Current { get; set; }

    /// <summary>Optional finishing time for the goal, mm:ss or h:mm:ss.</summary>
    [StringLength(12)]
    public string? TargetTime { get; set; }

    public DayOfWeek? LongRunDay { get; set; }

    [Range(30, 300, ErrorMessage = "Enter a body mass between 30 and 300 kg, or leave it empty.")]
    public double? WeightKg { get; set; }

    [Range(120, 230, ErrorMessage = "Enter a height between 120 and 230 cm, or leave it empty.")]
    public double? HeightCm { get; set; }

    public bool IsTemplate => !string.IsNullOrWhiteSpace(Template);

    /// <summary>The plan, or the problems keyed by field name (camelCase, as the API reports them).</summary>
    public (TrainingPlan? Plan, Dictionary<string, string[]> Errors) Build(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var start = Start ?? today;
        if (start < today)
        {
            errors["start"] = ["Start today or later."];
        }

        if (Days.Count == 0)
        {
            errors["days"] = ["Choose the days you can train."];
        }

        if (IsTemplate)
        {
            var template = PlanTemplates.Find(Template!);
            if (template is null)
            {
                errors["template"] = ["Choose one of the programmes listed."];
            }

            return errors.Count > 0 ? (null, errors) : (template!.Apply(start, Days.Distinct().ToArray()), errors);
        }

        return BuildGoal(start, errors);
    }

    private (TrainingPlan?, Dictionary<string, string[]>) BuildGoal(DateOnly start, Dictionary<string, string[]> errors)
    {
        if (!GoalText.TryParseDistance(Goal, out var goal) || goal.Meters > GoalPlanner.LongestGoal.Meters + 50)
        {
            errors["goal"] = ["Choose a goal distance up to a half marathon: 5k, 10k, 3mi, half."];
        }

        if (By is not { } by || by <= start)
        {
            errors["by"] = ["Choose a goal date after the start."];
        }

        if (!GoalText.TryParseAbility(string.IsNullOrWhiteSpace(Current) ? "none" : Current, out var ability))
        {
            errors["current"] = ["Write none, minutes you can run without stopping (20min), or a recent run (5k in 32:00)."];
        }

        TimeSpan? target = null;
        if (!string.IsNullOrWhiteSpace(TargetTime))
        {
            if (DurationText.TryParse(TargetTime, out var t) && t > TimeSpan.Zero)
            {
                target = t;
            }
            else
            {
                errors["targetTime"] = ["Write the target time as mm:ss or h:mm:ss."];
            }
        }

        if ((WeightKg is null) != (HeightCm is null))
        {
            errors["heightCm"] = ["Give both body mass and height, or neither."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var request = new GoalRequest(start, goal, By!.Value, Days.Distinct().ToArray(), ability)
        {
            TargetTime = target, LongRunDay = LongRunDay, BodyMassKg = WeightKg, HeightCm = HeightCm,
        };
        return (GoalPlanner.Generate(request), errors);
    }
}
