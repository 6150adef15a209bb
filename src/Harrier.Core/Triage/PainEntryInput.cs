using Harrier.Core.Pain;

namespace Harrier.Core.Triage;

/// <summary>The <c>painEntry</c> object of a triage answers file: the current pain, as the pain journal records it.</summary>
/// <remarks>Documented in <c>docs/triage-input.md</c>. Region and side are required; the day defaults to the runner's today.</remarks>
public sealed record PainEntryInput
{
    public DateOnly? Day { get; init; }

    public BodyRegion? Region { get; init; }

    public BodySide? Side { get; init; }

    public IReadOnlyList<SpotInput> SpreadsTo { get; init; } = [];

    public IReadOnlyList<PainQuality> Quality { get; init; } = [];

    public int? DuringRun { get; init; }

    public int? AfterRun { get; init; }

    public int? NextMorning { get; init; }

    public int? StiffnessMinutes { get; init; }

    public string? Notes { get; init; }

    /// <summary>The journal entry, or the reason the object is not one.</summary>
    public (PainEntry? Entry, string? Error) ToEntry(DateOnly today)
    {
        if (Region is not { } region || Side is not { } side)
        {
            return (null, "painEntry needs a region and a side.");
        }

        if (SpreadsTo.FirstOrDefault(s => s.Region is null || s.Side is null) is not null)
        {
            return (null, "every painEntry.spreadsTo item needs a region and a side.");
        }

        int?[] scores = [DuringRun, AfterRun, NextMorning];
        if (scores.Any(s => s is < 0 or > 10))
        {
            return (null, "painEntry scores (duringRun, afterRun, nextMorning) run from 0 to 10.");
        }

        if (StiffnessMinutes is < 0)
        {
            return (null, "painEntry.stiffnessMinutes cannot be negative.");
        }

        return (new PainEntry(Day ?? today, new BodySpot(region, side))
        {
            SpreadsTo = SpreadsTo.Select(s => new BodySpot(s.Region!.Value, s.Side!.Value)).ToArray(),
            Quality = Quality.Aggregate(PainQuality.None, (all, q) => all | q),
            DuringRun = DuringRun,
            AfterRun = AfterRun,
            NextMorning = NextMorning,
            StiffnessMinutes = StiffnessMinutes,
            Notes = Notes,
        }, null);
    }
}
