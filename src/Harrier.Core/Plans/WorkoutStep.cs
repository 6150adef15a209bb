using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>One part of a workout: a warm-up walk, a run, a walk, a cool-down… lasting a time, a distance, or either.</summary>
/// <remarks>
/// Some published plans give both ("jog ¼ mile (or 3 minutes)", Cool Running C25K); then both are kept and the runner picks.
/// </remarks>
public sealed record WorkoutStep
{
    public WorkoutStep(StepKind kind, int? seconds, double? meters = null)
    {
        if (seconds is null && meters is null)
        {
            throw new ArgumentException("A step lasts a time, a distance or both.", nameof(seconds));
        }

        if (seconds is { } s)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(s, nameof(seconds));
        }

        if (meters is { } m && (!double.IsFinite(m) || m <= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(meters), m, "A step's distance must be positive.");
        }

        Kind = kind;
        Seconds = seconds;
        Meters = meters;
    }

    public StepKind Kind { get; }

    /// <summary>Planned time in seconds, or null when the step is given by distance only.</summary>
    public int? Seconds { get; }

    /// <summary>Planned distance in metres, or null when the step is given by time only.</summary>
    public double? Meters { get; }

    public bool IsRunning => Kind == StepKind.Run;

    public static WorkoutStep ForTime(StepKind kind, TimeSpan time) => new(kind, (int)Math.Round(time.TotalSeconds));

    public static WorkoutStep ForDistance(StepKind kind, Distance distance) => new(kind, null, distance.Meters);

    /// <summary>The step's time: its own seconds, else its distance at <paramref name="pace"/>, else null.</summary>
    public int? SecondsAt(Pace? pace) =>
        Seconds ?? (Meters is { } m && pace is { } p ? (int)Math.Round(m / 1000 * p.SecondsPerKilometer) : null);

    /// <summary>"Run 1:30", "Walk 400 m", "Run 0.25 mi (or 3:00)".</summary>
    public string Describe()
    {
        var name = Kind switch
        {
            StepKind.WarmUp => "Warm-up walk",
            StepKind.CoolDown => "Cool-down walk",
            _ => char.ToUpperInvariant(WireNames.Of(Kind)[0]) + WireNames.Of(Kind)[1..],
        };
        var time = Seconds is { } s ? DurationText.Format(TimeSpan.FromSeconds(s)) : null;
        var distance = Meters is { } m ? Distance.FromMeters(m).Format(DistanceUnit.Kilometers) : null;
        return (time, distance) switch
        {
            ({ } t, { } d) => $"{name} {d} (or {t})",
            ({ } t, null) => $"{name} {t}",
            _ => $"{name} {distance}",
        };
    }
}
