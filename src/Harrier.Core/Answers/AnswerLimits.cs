namespace Harrier.Core.Answers;

/// <summary>
/// The bounds of every number a runner types about themselves: the intake, triage and the warning-signs check share them, and the
/// web forms, the API and the CLI all check them here.
/// </summary>
/// <remarks>Plausibility bounds, not norms (Harrier's design [D]): wide enough for every adult runner and the young and old ones a
/// coach may see, narrow enough to catch a slip of the finger (40 hours a day, −5 kg).</remarks>
public static class AnswerLimits
{
    /// <summary>Age in whole years; the warning-signs check uses it for the age-bound signs.</summary>
    public static AnswerRange Age { get; } = new("Age", 10, 110, Whole: true, Unit: "years");

    public static AnswerRange BodyMassKg { get; } = new("Body mass", 25, 300, Unit: "kg");

    public static AnswerRange HeightCm { get; } = new("Height", 100, 250, Unit: "cm");

    public static AnswerRange HoursSittingPerDay { get; } = new("Hours sitting a day", 0, 24);

    public static AnswerRange StrengthSessionsPerWeek { get; } = new("Strength sessions a week", 0, 14, Whole: true);

    public static AnswerRange RunningMinutesPerWeek { get; } = new("Minutes of running a week", 0, 2000, Whole: true);

    public static AnswerRange RunningMonths { get; } = new("Months since you started running", 0, 600, Whole: true);

    public static AnswerRange FirstWeekKilometers { get; } = new("Kilometres in your first week", 0, 500, Unit: "km");

    public static AnswerRange WeeklyKilometersNow { get; } = new("Kilometres in the last 7 days", 0, 500, Unit: "km");

    public static AnswerRange WeeklyKilometersTwoWeeksAgo { get; } = new("Kilometres in the 7 days two weeks ago", 0, 500, Unit: "km");

    public static AnswerRange ShoeKilometers { get; } = new("Kilometres on your current shoes", 0, 10000, Unit: "km");
}
