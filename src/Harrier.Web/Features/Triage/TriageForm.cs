using Harrier.Core.Triage;

namespace Harrier.Web.Features.Triage;

/// <summary>The triage questions as typed; yes/no answers are "yes", "no" or empty (not typed: Harrier's known answer, or don't know).</summary>
/// <remarks>Property names are the answers' JSON names in PascalCase, so Core's <see cref="TriageAnswers.Problems"/> (the one check of
/// the numbers' bounds) maps onto the fields.</remarks>
public sealed class TriageForm
{
    public int? RunningMonths { get; set; }
    public double? WeeklyKilometersNow { get; set; }
    public double? WeeklyKilometersTwoWeeksAgo { get; set; }
    public string? RecentLongerRun { get; set; }
    public HillExposure? Hills { get; set; }
    public string? PainWorseOnHills { get; set; }
    public string? NewShoes { get; set; }
    public string? ChangedShoeModel { get; set; }
    public double? ShoeKilometers { get; set; }
    public string? MovedOutdoorsFromTreadmillOrElliptical { get; set; }
    public string? StartedGrassOrBarefoot { get; set; }
    public double? HoursSittingPerDay { get; set; }
    public string? FrontOfHipFeelsTight { get; set; }
    public int? StrengthSessionsPerWeek { get; set; }
    public string? LeansForward { get; set; }
    public string? WatchesGround { get; set; }
    public string? PainSpreadsBelowKnee { get; set; }
    public string? ShootingOrBurningLegPain { get; set; }
    public string? NumbnessOrTingling { get; set; }
    public double? BodyMassKg { get; set; }
    public double? HeightCm { get; set; }

    public TriageAnswers ToAnswers() => new()
    {
        RunningMonths = RunningMonths, WeeklyKilometersNow = WeeklyKilometersNow, WeeklyKilometersTwoWeeksAgo = WeeklyKilometersTwoWeeksAgo,
        RecentLongerRun = Yes(RecentLongerRun), Hills = Hills, PainWorseOnHills = Yes(PainWorseOnHills), NewShoes = Yes(NewShoes),
        ChangedShoeModel = Yes(ChangedShoeModel), ShoeKilometers = ShoeKilometers,
        MovedOutdoorsFromTreadmillOrElliptical = Yes(MovedOutdoorsFromTreadmillOrElliptical), StartedGrassOrBarefoot = Yes(StartedGrassOrBarefoot),
        HoursSittingPerDay = HoursSittingPerDay, FrontOfHipFeelsTight = Yes(FrontOfHipFeelsTight), StrengthSessionsPerWeek = StrengthSessionsPerWeek,
        LeansForward = Yes(LeansForward), WatchesGround = Yes(WatchesGround), PainSpreadsBelowKnee = Yes(PainSpreadsBelowKnee),
        ShootingOrBurningLegPain = Yes(ShootingOrBurningLegPain), NumbnessOrTingling = Yes(NumbnessOrTingling), BodyMassKg = BodyMassKg, HeightCm = HeightCm,
    };

    /// <summary>The form filled with answers typed earlier.</summary>
    public static TriageForm From(TriageAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new TriageForm
        {
            RunningMonths = answers.RunningMonths, WeeklyKilometersNow = answers.WeeklyKilometersNow,
            WeeklyKilometersTwoWeeksAgo = answers.WeeklyKilometersTwoWeeksAgo, RecentLongerRun = Text(answers.RecentLongerRun), Hills = answers.Hills,
            PainWorseOnHills = Text(answers.PainWorseOnHills), NewShoes = Text(answers.NewShoes), ChangedShoeModel = Text(answers.ChangedShoeModel),
            ShoeKilometers = answers.ShoeKilometers, MovedOutdoorsFromTreadmillOrElliptical = Text(answers.MovedOutdoorsFromTreadmillOrElliptical),
            StartedGrassOrBarefoot = Text(answers.StartedGrassOrBarefoot), HoursSittingPerDay = answers.HoursSittingPerDay,
            FrontOfHipFeelsTight = Text(answers.FrontOfHipFeelsTight), StrengthSessionsPerWeek = answers.StrengthSessionsPerWeek,
            LeansForward = Text(answers.LeansForward), WatchesGround = Text(answers.WatchesGround), PainSpreadsBelowKnee = Text(answers.PainSpreadsBelowKnee),
            ShootingOrBurningLegPain = Text(answers.ShootingOrBurningLegPain), NumbnessOrTingling = Text(answers.NumbnessOrTingling),
            BodyMassKg = answers.BodyMassKg, HeightCm = answers.HeightCm,
        };
    }

    /// <summary>The form field of an answer's JSON name: "hoursSittingPerDay" → "HoursSittingPerDay".</summary>
    public static string FieldOf(string answer)
    {
        ArgumentException.ThrowIfNullOrEmpty(answer);
        return char.ToUpperInvariant(answer[0]) + answer[1..];
    }

    private static string? Text(bool? value) => value switch { true => "yes", false => "no", _ => null };

    private static bool? Yes(string? value) => value switch { "yes" => true, "no" => false, _ => null };
}
