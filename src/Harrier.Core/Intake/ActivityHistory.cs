using Harrier.Core.Runs;

namespace Harrier.Core.Intake;

/// <summary>
/// The activity history asked at intake ("ask every client about their activity history before setting out"): the ACSM
/// algorithm's inputs (EVIDENCE §5.2), and what triage would otherwise ask again (sitting, strength, treadmill habits, body size).
/// </summary>
public sealed record ActivityHistory
{
    /// <summary>At least 30 minutes of moderate exercise on at least 3 days a week for the last 3 months.</summary>
    public bool RegularExerciser { get; init; }

    /// <summary>Runs at the moment (any amount).</summary>
    public bool CurrentlyRunning { get; init; }

    /// <summary>Running minutes in a usual week now, when running.</summary>
    public int? RunningMinutesPerWeek { get; init => field = value is null or (>= 0 and <= 2000) ? value : throw Range(nameof(RunningMinutesPerWeek)); }

    /// <summary>Most of the exercise so far has been on a treadmill or an elliptical trainer.</summary>
    public bool TreadmillOrElliptical { get; init; }

    /// <summary>Known cardiovascular, metabolic (for example diabetes) or renal disease.</summary>
    public bool KnownDisease { get; init; }

    /// <summary>The ACSM signs and symptoms the person has noticed.</summary>
    public IReadOnlyList<AcsmSymptom> Symptoms { get; init; } = [];

    /// <summary>The intensity the person is heading for.</summary>
    public ExerciseIntensity TargetIntensity { get; init; } = ExerciseIntensity.Moderate;

    /// <summary>Injuries in the last 12 months, in the person's words (null for none).</summary>
    public string? InjuriesLast12Months { get; init => field = Text(value, 1000); }

    /// <summary>Back or leg pain now: the warning-signs check comes straight after the intake.</summary>
    public bool CurrentBackOrLegPain { get; init; }

    /// <summary>Hours sitting on a normal day.</summary>
    public double? HoursSittingPerDay { get; init => field = value is null or (>= 0 and <= 24) ? value : throw Range(nameof(HoursSittingPerDay)); }

    /// <summary>Strength sessions a week over the last month.</summary>
    public int? StrengthSessionsPerWeek { get; init => field = value is null or (>= 0 and <= 14) ? value : throw Range(nameof(StrengthSessionsPerWeek)); }

    /// <summary>The shoes the person runs in, in their words.</summary>
    public string? Shoes { get; init => field = Text(value, 200); }

    /// <summary>Where the person runs or plans to run.</summary>
    public IReadOnlyList<Surface> Surfaces { get; init; } = [];

    /// <summary>Age in whole years, when given.</summary>
    public int? Age { get; init => field = value is null or (>= 10 and <= 110) ? value : throw Range(nameof(Age)); }

    /// <summary>Body mass in kilograms, when given.</summary>
    public double? BodyMassKg { get; init => field = value is null or (>= 30 and <= 300) ? value : throw Range(nameof(BodyMassKg)); }

    /// <summary>Height in centimetres, when given.</summary>
    public double? HeightCm { get; init => field = value is null or (>= 120 and <= 230) ? value : throw Range(nameof(HeightCm)); }

    private static ArgumentOutOfRangeException Range(string name) => new(name, "The value is outside the range the intake accepts.");

    private static string? Text(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Length <= max ? value.Trim() : throw new ArgumentOutOfRangeException(nameof(value));
}
