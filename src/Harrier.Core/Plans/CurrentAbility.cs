using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>What the runner can do now: nothing yet, run for some minutes without stopping, or a recent run or race.</summary>
public sealed record CurrentAbility
{
    private CurrentAbility(TimeSpan continuous, Distance? raceDistance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(continuous, TimeSpan.Zero);
        Continuous = continuous;
        RaceDistance = raceDistance;
    }

    /// <summary>Not running at the moment.</summary>
    public static CurrentAbility None { get; } = new(TimeSpan.Zero, null);

    /// <summary>The longest the runner can run without stopping now (zero when not running).</summary>
    public TimeSpan Continuous { get; }

    /// <summary>The distance of a recent all-out run or race, when that is what was given.</summary>
    public Distance? RaceDistance { get; }

    /// <summary>The time of the recent run or race (the same as <see cref="Continuous"/>), when one was given.</summary>
    public TimeSpan? RaceTime => RaceDistance is null ? null : Continuous;

    /// <summary>True below 30 minutes of continuous running: novices get a rest day between runs.</summary>
    public bool IsNovice => Continuous < TimeSpan.FromMinutes(30);

    /// <summary>Can run for <paramref name="time"/> without stopping (within the last month).</summary>
    public static CurrentAbility CanRun(TimeSpan time) => time > TimeSpan.Zero ? new(time, null) : None;

    /// <summary>Ran <paramref name="distance"/> in <paramref name="time"/> recently (within the last month), at full effort.</summary>
    public static CurrentAbility Recent(Distance distance, TimeSpan time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(distance.Meters, 0, nameof(distance));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(time, TimeSpan.Zero);
        return new(time, distance);
    }
}
