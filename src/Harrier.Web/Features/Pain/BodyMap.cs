using Harrier.Core.Answers;
using Harrier.Core.Pain;

namespace Harrier.Web.Features.Pain;

/// <summary>Where each spot sits on the body-map drawings (percent of the drawing's width and height) and its name in words.</summary>
/// <remarks>
/// The back view shows the runner's left on the left; the front view, like a mirror, shows the runner's right on the left.
/// Every spot is a real radio button with its own accessible name, so the map works with a keyboard and a screen reader too.
/// </remarks>
public static class BodyMap
{
    public sealed record Place(BodySpot Spot, bool Back, double X, double Y)
    {
        public string Value => $"{Spot.Region}:{Spot.Side}";

        public string Name => Describe(Spot);

        public string Mark => Spot.Side switch { BodySide.Left => "L", BodySide.Right => "R", _ => "C" };
    }

    public static IReadOnlyList<Place> Places { get; } =
    [
        .. Pair(BodyRegion.LowerBack, back: true, 40, 37), new(new(BodyRegion.LowerBack, BodySide.Centre), true, 50, 37),
        .. Pair(BodyRegion.Hip, back: true, 27, 45), .. Pair(BodyRegion.Buttock, back: true, 41, 49),
        .. Pair(BodyRegion.Calf, back: true, 40, 76), .. Pair(BodyRegion.Achilles, back: true, 41, 90),
        .. Pair(BodyRegion.Groin, back: false, 45, 49), .. Pair(BodyRegion.Thigh, back: false, 39, 59),
        .. Pair(BodyRegion.Knee, back: false, 39, 69), .. Pair(BodyRegion.Shin, back: false, 42, 79),
        .. Pair(BodyRegion.OuterLowerLeg, back: false, 25, 80), .. Pair(BodyRegion.Ankle, back: false, 40, 91),
        .. Pair(BodyRegion.Foot, back: false, 34, 97),
    ];

    /// <summary>"right outer lower leg", "centre of the lower back".</summary>
    public static string Describe(BodySpot spot) => spot.Words;

    public static bool TryParse(string? value, out BodySpot spot)
    {
        spot = default;
        var parts = value?.Split(':');
        if (parts is not { Length: 2 } || !Choice.TryParse<BodyRegion>(parts[0], out var region) || !Choice.TryParse<BodySide>(parts[1], out var side))
        {
            return false;
        }

        var candidate = new BodySpot(region, side);
        spot = candidate;
        return Places.Any(p => p.Spot == candidate);
    }

    /// <summary>Left and right of one region, mirrored about the middle; the front view swaps sides.</summary>
    private static Place[] Pair(BodyRegion region, bool back, double x, double y)
    {
        var (onLeft, onRight) = back ? (BodySide.Left, BodySide.Right) : (BodySide.Right, BodySide.Left);
        return [new(new(region, onLeft), back, x, y), new(new(region, onRight), back, 100 - x, y)];
    }
}
