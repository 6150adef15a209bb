using System.ComponentModel.DataAnnotations;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Web.Features.Plans;

/// <summary>
/// The plan wizard's fields as typed. It carries no rules of its own: <see cref="ToInput"/> hands it to Core's
/// <see cref="PlanInput"/>, and <see cref="FieldFor"/> says beside which field each of its messages goes.
/// </summary>
public sealed class PlanForm
{
    /// <summary>"template" or "goal".</summary>
    [AllowedValues("template", "goal", ErrorMessage = "Choose a programme or a goal.")]
    public string Mode { get; set; } = "template";

    /// <summary>"preview" or "start": which button was pressed.</summary>
    public string? Action { get; set; }

    public string? Template { get; set; } = "nhs-couch-to-5k";

    public DateOnly? Start { get; set; }

    public bool Monday { get; set; } = true;

    public bool Tuesday { get; set; }

    public bool Wednesday { get; set; } = true;

    public bool Thursday { get; set; }

    public bool Friday { get; set; } = true;

    public bool Saturday { get; set; }

    public bool Sunday { get; set; }

    public TimeOnly? MondayTime { get; set; }

    public TimeOnly? TuesdayTime { get; set; }

    public TimeOnly? WednesdayTime { get; set; }

    public TimeOnly? ThursdayTime { get; set; }

    public TimeOnly? FridayTime { get; set; }

    public TimeOnly? SaturdayTime { get; set; }

    public TimeOnly? SundayTime { get; set; }

    public string Goal { get; set; } = "5k";

    public DateOnly? By { get; set; }

    public string? Current { get; set; } = "none";

    public string? TargetTime { get; set; }

    public DayOfWeek? LongRunDay { get; set; }

    public double? WeightKg { get; set; }

    public double? HeightCm { get; set; }

    public IEnumerable<DayOfWeek> Days()
    {
        if (Monday) { yield return DayOfWeek.Monday; }
        if (Tuesday) { yield return DayOfWeek.Tuesday; }
        if (Wednesday) { yield return DayOfWeek.Wednesday; }
        if (Thursday) { yield return DayOfWeek.Thursday; }
        if (Friday) { yield return DayOfWeek.Friday; }
        if (Saturday) { yield return DayOfWeek.Saturday; }
        if (Sunday) { yield return DayOfWeek.Sunday; }
    }

    /// <summary>The times typed beside the days, as weekday → "HH:mm".</summary>
    public Dictionary<string, string> Times()
    {
        (DayOfWeek Day, TimeOnly? Time)[] all =
        [
            (DayOfWeek.Monday, MondayTime), (DayOfWeek.Tuesday, TuesdayTime), (DayOfWeek.Wednesday, WednesdayTime),
            (DayOfWeek.Thursday, ThursdayTime), (DayOfWeek.Friday, FridayTime), (DayOfWeek.Saturday, SaturdayTime),
            (DayOfWeek.Sunday, SundayTime),
        ];
        return all.Where(t => t.Time is not null).ToDictionary(t => t.Day.ToString(), t => SessionTimeText.Format(t.Time!.Value));
    }

    /// <summary>The input for Core's rules, written in the runner's <paramref name="unit"/>.</summary>
    public PlanInput ToInput(DistanceUnit unit) => new()
    {
        Template = Mode == "template" ? Template : null,
        Start = Start,
        Days = Days().ToList(),
        DaysChosen = true,
        Goal = Goal,
        By = By,
        Current = Current,
        TargetTime = TargetTime,
        LongRunDay = LongRunDay,
        WeightKg = WeightKg,
        HeightCm = HeightCm,
        Times = Times(),
        Unit = unit,
    };

    /// <summary>The form field beside which a message keyed by a <see cref="PlanField"/> name is shown.</summary>
    public static string FieldFor(string field) => field switch
    {
        PlanField.Start => nameof(Start),
        PlanField.Days or PlanField.Times => nameof(Monday),
        PlanField.Template => nameof(Template),
        PlanField.Goal => nameof(Goal),
        PlanField.By => nameof(By),
        PlanField.Current => nameof(Current),
        PlanField.TargetTime => nameof(TargetTime),
        PlanField.LongRunDay => nameof(LongRunDay),
        PlanField.WeightKg => nameof(WeightKg),
        PlanField.HeightCm => nameof(HeightCm),
        _ => nameof(Start),
    };
}
