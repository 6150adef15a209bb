namespace Harrier.Core.Pain;

/// <summary>
/// The two-tap morning check-in: today's pain (0–10) at the usual spot and whether anything new or alarming happened.
/// It is the daily outcome for remedy experiments and the "next morning" score the plan's pain-monitoring model reads.
/// </summary>
public sealed record MorningCheckIn(DateOnly Day, int Pain, bool SomethingNew = false)
{
    public int Pain { get; init; } = Pain is >= 0 and <= 10 ? Pain : throw new ArgumentOutOfRangeException(nameof(Pain), Pain, "Pain scores run from 0 to 10.");
}
