using Harrier.Core.Pain;

namespace Harrier.Core.Screening;

/// <summary>Reads <see cref="PainPattern"/>s from a pain journal entry. It recognises shapes; it never diagnoses.</summary>
/// <remarks>
/// <para>
/// Nerve-root pattern: a spot below the knee (the entry's spot or a spot it spreads to) and either a nerve-type quality
/// (shooting, tingling or numbness) or pain that runs from the lower back or buttock to below the knee (a band).
/// Sources: Bogduk N, Pain 2009;147:17–19 ("radicular pain is shooting or lancinating, in a band") [V citation];
/// J Man Manip Ther 2003;11(4):223–234 [V abstract]; EVIDENCE.md §4.3 rule "right-sided low back pain spreading to the outer
/// right lower leg fits L5 (or S1) radicular pain", which needs no particular quality [S].
/// </para>
/// <para>
/// Both legs: leg spots (thigh, knee or below) on the left and the right, with a nerve-type quality or spreading from the
/// back, matching "bilateral radicular pain or sensory or motor symptoms" among early cauda equina signs (EVIDENCE.md §4.2) [S].
/// Aching in both shins on its own is deliberately not this pattern.
/// </para>
/// <para>Burning and sharp pain are not treated as nerve-type: EVIDENCE.md does not list them, and sharp is common in muscle pain.</para>
/// </remarks>
public static class PainPatterns
{
    private const PainQuality NerveQualities = PainQuality.Shooting | PainQuality.Tingling | PainQuality.Numbness;

    /// <summary>The patterns the entry shows; empty when none.</summary>
    public static IReadOnlySet<PainPattern> Detect(PainEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        BodySpot[] spots = [entry.Spot, .. entry.SpreadsTo];
        var nerveQuality = (entry.Quality & NerveQualities) != 0;
        var fromBack = spots.Any(s => s.Region is BodyRegion.LowerBack or BodyRegion.Buttock);
        var belowKnee = spots.Any(s => s.IsBelowKnee);
        var found = new HashSet<PainPattern>();

        if (belowKnee && (nerveQuality || fromBack))
        {
            found.Add(entry.Quality.HasFlag(PainQuality.Numbness) ? PainPattern.NerveRootWithNumbness : PainPattern.NerveRoot);
        }

        var legSides = spots.Where(IsLeg).Select(s => s.Side).ToHashSet();
        if (legSides.Contains(BodySide.Left) && legSides.Contains(BodySide.Right) && (nerveQuality || fromBack))
        {
            found.Add(PainPattern.BothLegs);
        }

        return found;
    }

    private static bool IsLeg(BodySpot spot) => spot.IsBelowKnee || spot.Region is BodyRegion.Thigh or BodyRegion.Knee;
}
