namespace Harrier.Core.Pain;

/// <summary>One pain journal entry: where, where it spreads, what it feels like and how much, linked to a run or a day.</summary>
/// <remarks>Scores are on the 0–10 numeric rating scale (0 no pain, 10 worst imaginable); null when not asked or not yet known.</remarks>
public sealed record PainEntry
{
    public PainEntry(DateOnly day, BodySpot spot)
    {
        Day = day;
        Spot = spot;
    }

    /// <summary>The runner's calendar day the pain belongs to (the run's day for a run-linked entry).</summary>
    public DateOnly Day { get; init; }

    public BodySpot Spot { get; init; }

    /// <summary>Other spots the pain spreads to.</summary>
    public IReadOnlyList<BodySpot> SpreadsTo { get; init; } = [];

    public PainQuality Quality { get; init; }

    public int? DuringRun { get => field; init => field = Score(value); }

    public int? AfterRun { get => field; init => field = Score(value); }

    public int? NextMorning { get => field; init => field = Score(value); }

    /// <summary>Morning stiffness in minutes, when reported.</summary>
    public int? StiffnessMinutes { get; init; }

    /// <summary>The run this entry follows, when it is linked to one.</summary>
    public int? RunId { get; init; }

    public string? Notes { get; init; }

    /// <summary>The worst of the three scores, or null when none was given.</summary>
    public int? Worst => new[] { DuringRun, AfterRun, NextMorning }.Max();

    private static int? Score(int? value) =>
        value is null or (>= 0 and <= 10) ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "Pain scores run from 0 to 10.");
}
