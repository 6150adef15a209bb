using Harrier.Core.Answers;
using Harrier.Core.Runs;

namespace Harrier.Core.Intake;

/// <summary>
/// The activity history asked at intake ("ask every client about their activity history before setting out"): the ACSM
/// algorithm's inputs (EVIDENCE §5.2), and what triage would otherwise ask again (sitting, strength, treadmill habits, body size).
/// </summary>
/// <remarks>Values are kept as given, so a form can show back exactly what was typed; <see cref="Problems"/> says what is out of
/// bounds (<see cref="AnswerLimits"/>), and an intake with problems is never assessed or kept.</remarks>
public sealed record ActivityHistory
{
    /// <summary>At least 30 minutes of moderate exercise on at least 3 days a week for the last 3 months.</summary>
    public bool RegularExerciser { get; init; }

    /// <summary>Runs at the moment (any amount).</summary>
    public bool CurrentlyRunning { get; init; }

    /// <summary>Running minutes in a usual week now, when running.</summary>
    public int? RunningMinutesPerWeek { get; init; }

    /// <summary>Most of the exercise so far has been on a treadmill or an elliptical trainer.</summary>
    public bool TreadmillOrElliptical { get; init; }

    /// <summary>Known cardiovascular, metabolic (for example diabetes) or renal disease.</summary>
    public bool KnownDisease { get; init; }

    /// <summary>The ACSM signs and symptoms the person has noticed.</summary>
    public IReadOnlyList<AcsmSymptom> Symptoms { get; init; } = [];

    /// <summary>The intensity the person is heading for.</summary>
    public ExerciseIntensity TargetIntensity { get; init; } = ExerciseIntensity.Moderate;

    /// <summary>Injuries in the last 12 months, in the person's words (null for none).</summary>
    public string? InjuriesLast12Months { get; init => field = Text(value); }

    /// <summary>Back or leg pain now: the warning-signs check comes straight after the intake.</summary>
    public bool CurrentBackOrLegPain { get; init; }

    /// <summary>Hours sitting on a normal day.</summary>
    public double? HoursSittingPerDay { get; init; }

    /// <summary>Strength sessions a week over the last month.</summary>
    public int? StrengthSessionsPerWeek { get; init; }

    /// <summary>The shoes the person runs in, in their words.</summary>
    public string? Shoes { get; init => field = Text(value); }

    /// <summary>Where the person runs or plans to run.</summary>
    public IReadOnlyList<Surface> Surfaces { get; init; } = [];

    /// <summary>Age in whole years, when given.</summary>
    public int? Age { get; init; }

    /// <summary>Body mass in kilograms, when given.</summary>
    public double? BodyMassKg { get; init; }

    /// <summary>Height in centimetres, when given.</summary>
    public double? HeightCm { get; init; }

    /// <summary>The longest injuries text accepted.</summary>
    public const int InjuriesMaxLength = 1000;

    /// <summary>The longest shoes text accepted.</summary>
    public const int ShoesMaxLength = 200;

    /// <summary>Every answer out of bounds, by JSON name ("age", "bodyMassKg"), in plain words; empty when all are fine.</summary>
    /// <remarks>The one check of the intake's bounds: the web forms, the API and the CLI all call it.</remarks>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(problems, "runningMinutesPerWeek", AnswerLimits.RunningMinutesPerWeek.Check(RunningMinutesPerWeek));
        Add(problems, "hoursSittingPerDay", AnswerLimits.HoursSittingPerDay.Check(HoursSittingPerDay));
        Add(problems, "strengthSessionsPerWeek", AnswerLimits.StrengthSessionsPerWeek.Check(StrengthSessionsPerWeek));
        Add(problems, "age", AnswerLimits.Age.Check(Age));
        Add(problems, "bodyMassKg", AnswerLimits.BodyMassKg.Check(BodyMassKg));
        Add(problems, "heightCm", AnswerLimits.HeightCm.Check(HeightCm));
        Add(problems, "injuriesLast12Months", InjuriesLast12Months?.Length > InjuriesMaxLength
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Keep the injuries to {InjuriesMaxLength:N0} characters.") : null);
        Add(problems, "shoes", Shoes?.Length > ShoesMaxLength
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Keep the shoes to {ShoesMaxLength} characters.") : null);
        return problems;
    }

    private static void Add(Dictionary<string, string> problems, string field, string? error)
    {
        if (error is not null)
        {
            problems[field] = error;
        }
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
