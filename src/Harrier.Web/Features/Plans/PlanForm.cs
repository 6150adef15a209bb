using System.ComponentModel.DataAnnotations;

namespace Harrier.Web.Features.Plans;

/// <summary>The plan wizard's fields as typed; <see cref="ToRequest"/> turns them into a <see cref="PlanRequest"/>.</summary>
public sealed class PlanForm
{
    /// <summary>"template" or "goal".</summary>
    public string Mode { get; set; } = "template";

    /// <summary>"preview" or "start": which button was pressed.</summary>
    public string? Action { get; set; }

    public string? Template { get; set; } = "nhs-couch-to-5k";

    [Required(ErrorMessage = "Choose the first day of the plan.")]
    public DateOnly? Start { get; set; }

    public bool Monday { get; set; } = true;

    public bool Tuesday { get; set; }

    public bool Wednesday { get; set; } = true;

    public bool Thursday { get; set; }

    public bool Friday { get; set; } = true;

    public bool Saturday { get; set; }

    public bool Sunday { get; set; }

    public string Goal { get; set; } = "5k";

    public DateOnly? By { get; set; }

    [StringLength(40)]
    public string? Current { get; set; } = "none";

    [StringLength(12)]
    public string? TargetTime { get; set; }

    public DayOfWeek? LongRunDay { get; set; }

    [Range(30, 300, ErrorMessage = "Enter a body mass between 30 and 300 kg, or leave it empty.")]
    public double? WeightKg { get; set; }

    [Range(120, 230, ErrorMessage = "Enter a height between 120 and 230 cm, or leave it empty.")]
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

    public PlanRequest ToRequest() => new()
    {
        Template = Mode == "template" ? Template : null,
        Start = Start,
        Days = Days().ToList(),
        Goal = Goal,
        By = By,
        Current = Current,
        TargetTime = TargetTime,
        LongRunDay = LongRunDay,
        WeightKg = WeightKg,
        HeightCm = HeightCm,
    };

    /// <summary>The form field for an error the request reported under its API name.</summary>
    public static string FieldFor(string apiField) => apiField switch
    {
        "start" => nameof(Start),
        "days" => nameof(Monday),
        "template" => nameof(Template),
        "goal" => nameof(Goal),
        "by" => nameof(By),
        "current" => nameof(Current),
        "targetTime" => nameof(TargetTime),
        "heightCm" => nameof(HeightCm),
        _ => nameof(Start),
    };
}
