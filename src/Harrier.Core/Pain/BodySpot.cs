namespace Harrier.Core.Pain;

/// <summary>One place on the body map: a region on a side.</summary>
public readonly record struct BodySpot(BodyRegion Region, BodySide Side)
{
    /// <summary>True for the lower back and the leg below it: the spots that trigger back-and-leg red-flag screening.</summary>
    public bool IsBackOrLeg => Region is not BodyRegion.Groin;

    /// <summary>Below the knee: shin, outer lower leg, calf, Achilles, ankle, foot.</summary>
    public bool IsBelowKnee => Region is BodyRegion.Shin or BodyRegion.OuterLowerLeg or BodyRegion.Calf or BodyRegion.Achilles
        or BodyRegion.Ankle or BodyRegion.Foot;

    /// <summary>The spot in plain words: "right outer lower leg", "centre of the lower back".</summary>
    public string Words
    {
        get
        {
            var region = Region switch
            {
                BodyRegion.LowerBack => "lower back",
                BodyRegion.OuterLowerLeg => "outer lower leg",
                var r => r.ToString().ToLowerInvariant(),
            };
            return Side == BodySide.Centre ? $"centre of the {region}" : $"{Side.ToString().ToLowerInvariant()} {region}";
        }
    }

    public override string ToString() => Words;
}
