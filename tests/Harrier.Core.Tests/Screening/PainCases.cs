using Harrier.Core.Pain;

namespace Harrier.Core.Tests.Screening;

/// <summary>Named pain entries for the screening tables.</summary>
public static class PainCases
{
    private static readonly DateOnly Day = new(2027, 3, 8);

    /// <summary>Gets the entry for a name; "none" gives null.</summary>
    public static PainEntry? Get(string name) => name switch
    {
        "none" => null,
        // The thread's case: right lower back spreading to the outer lower right leg, shooting.
        "thread" => Entry(BodyRegion.LowerBack, BodySide.Right, PainQuality.Shooting, (BodyRegion.OuterLowerLeg, BodySide.Right)),
        "thread-numb" => Entry(BodyRegion.LowerBack, BodySide.Right, PainQuality.Shooting | PainQuality.Numbness,
            (BodyRegion.OuterLowerLeg, BodySide.Right)),
        "thread-ache" => Entry(BodyRegion.LowerBack, BodySide.Right, PainQuality.Ache, (BodyRegion.OuterLowerLeg, BodySide.Right)),
        "outer-leg-twinge" => Entry(BodyRegion.OuterLowerLeg, BodySide.Right, PainQuality.Shooting),
        "shin-tingling" => Entry(BodyRegion.Shin, BodySide.Left, PainQuality.Tingling),
        "calf-ache" => Entry(BodyRegion.Calf, BodySide.Right, PainQuality.Ache),
        "calf-sharp" => Entry(BodyRegion.Calf, BodySide.Right, PainQuality.Sharp),
        "calf-burning" => Entry(BodyRegion.Calf, BodySide.Left, PainQuality.Burning),
        "back-to-thigh-shooting" => Entry(BodyRegion.LowerBack, BodySide.Left, PainQuality.Shooting, (BodyRegion.Thigh, BodySide.Left)),
        "back-ache" => Entry(BodyRegion.LowerBack, BodySide.Centre, PainQuality.Ache),
        "both-legs-tingling" => Entry(BodyRegion.LowerBack, BodySide.Centre, PainQuality.Tingling,
            (BodyRegion.Calf, BodySide.Left), (BodyRegion.Calf, BodySide.Right)),
        "both-thighs-from-back" => Entry(BodyRegion.LowerBack, BodySide.Centre, PainQuality.Ache,
            (BodyRegion.Thigh, BodySide.Left), (BodyRegion.Thigh, BodySide.Right)),
        "both-shins-ache" => Entry(BodyRegion.Shin, BodySide.Left, PainQuality.Ache, (BodyRegion.Shin, BodySide.Right)),
        "both-knees-sharp" => Entry(BodyRegion.Knee, BodySide.Left, PainQuality.Sharp, (BodyRegion.Knee, BodySide.Right)),
        _ => throw new ArgumentException($"No pain case '{name}'.", nameof(name)),
    };

    private static PainEntry Entry(
        BodyRegion region, BodySide side, PainQuality quality, params (BodyRegion Region, BodySide Side)[] spreads) =>
        new(Day, new BodySpot(region, side))
        {
            Quality = quality,
            SpreadsTo = spreads.Select(s => new BodySpot(s.Region, s.Side)).ToArray(),
            DuringRun = 4,
        };
}
