using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Web.Features.Plans;

/// <summary>
/// The body of <c>POST /api/plans</c> and <c>/api/plans/preview</c>: a published template from a start date on chosen weekdays,
/// or a goal distance by a date. It carries no rules of its own: <see cref="ToInput"/> hands it to Core's <see cref="PlanInput"/>,
/// whose <c>Validate</c> the wizard and the CLI call too.
/// </summary>
public sealed class PlanRequest
{
    /// <summary>A template id (see <c>GET /api/plans/templates</c>); leave empty to plan for a goal.</summary>
    public string? Template { get; set; }

    /// <summary>The plan's first day, YYYY-MM-DD; today when left out.</summary>
    public DateOnly? Start { get; set; }

    /// <summary>Training weekdays, e.g. ["monday","wednesday","friday"]; left out, a programme keeps its own days; an empty list is refused.</summary>
    public List<DayOfWeek>? Days { get; set; }

    /// <summary>Goal distance as text: 5k, 10k, 3mi, half.</summary>
    public string? Goal { get; set; }

    /// <summary>The goal day, YYYY-MM-DD: after the start and within two years of it.</summary>
    public DateOnly? By { get; set; }

    /// <summary>What the runner can do now: none, "20min", or "5k in 32:00".</summary>
    public string? Current { get; set; }

    /// <summary>Optional finishing time for the goal, mm:ss or h:mm:ss.</summary>
    public string? TargetTime { get; set; }

    public DayOfWeek? LongRunDay { get; set; }

    /// <summary>Body mass in kg (with heightCm, for the first-week cap when BMI is over 30).</summary>
    public double? WeightKg { get; set; }

    /// <summary>Height in cm.</summary>
    public double? HeightCm { get; set; }

    /// <summary>Usual session times by weekday, 24-hour HH:mm in the runner's zone, e.g. {"monday": "06:00", "wed": "18:30"}.</summary>
    public Dictionary<string, string>? Times { get; set; }

    /// <summary>The input for Core's rules, written in the runner's <paramref name="unit"/>.</summary>
    public PlanInput ToInput(DistanceUnit unit) => new()
    {
        Template = Template,
        Start = Start,
        Days = Days ?? [],
        DaysChosen = Days is not null,
        Goal = Goal,
        By = By,
        Current = Current,
        TargetTime = TargetTime,
        LongRunDay = LongRunDay,
        WeightKg = WeightKg,
        HeightCm = HeightCm,
        Times = Times,
        Unit = unit,
    };
}
