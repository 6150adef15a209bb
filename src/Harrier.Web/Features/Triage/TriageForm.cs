using System.ComponentModel.DataAnnotations;
using Harrier.Core.Triage;

namespace Harrier.Web.Features.Triage;

/// <summary>The triage questions as typed; yes/no answers are "yes", "no" or empty (not typed: Harrier's known answer, or don't know).</summary>
public sealed class TriageForm
{
    [Range(0, 600)] public int? RunningMonths { get; set; }
    [Range(0, 500)] public double? WeeklyKilometersNow { get; set; }
    [Range(0, 500)] public double? WeeklyKilometersTwoWeeksAgo { get; set; }
    public string? RecentLongerRun { get; set; }
    public HillExposure? Hills { get; set; }
    public string? PainWorseOnHills { get; set; }
    public string? NewShoes { get; set; }
    public string? ChangedShoeModel { get; set; }
    [Range(0, 10000)] public double? ShoeKilometers { get; set; }
    public string? MovedOutdoorsFromTreadmillOrElliptical { get; set; }
    public string? StartedGrassOrBarefoot { get; set; }
    [Range(0, 24)] public double? HoursSittingPerDay { get; set; }
    public string? FrontOfHipFeelsTight { get; set; }
    [Range(0, 14)] public int? StrengthSessionsPerWeek { get; set; }
    public string? LeansForward { get; set; }
    public string? WatchesGround { get; set; }
    public string? PainSpreadsBelowKnee { get; set; }
    public string? ShootingOrBurningLegPain { get; set; }
    public string? NumbnessOrTingling { get; set; }
    [Range(30, 300)] public double? BodyMassKg { get; set; }
    [Range(120, 230)] public double? HeightCm { get; set; }

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

    private static string? Text(bool? value) => value switch { true => "yes", false => "no", _ => null };

    private static bool? Yes(string? value) => value switch { "yes" => true, "no" => false, _ => null };
}
