using System.ComponentModel.DataAnnotations;
using Harrier.Core.Troubleshooter;

namespace Harrier.Web.Features.Troubleshooting;

/// <summary>The troubleshooter's questions as typed; yes/no answers are "yes", "no" or empty (don't know).</summary>
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

    private static bool? Yes(string? value) => value switch { "yes" => true, "no" => false, _ => null };
}
