namespace Harrier.Core.Pain;

/// <summary>A planned session the runner marked "it hurt" on Today, with the pain during the run when given.</summary>
/// <param name="Day">The session's day.</param>
/// <param name="DuringRun">Worst pain during the run, 0–10, or null.</param>
public sealed record SessionPain(DateOnly Day, int? DuringRun)
{
    public int? DuringRun { get; } = DuringRun is null or (>= 0 and <= 10) ? DuringRun
        : throw new ArgumentOutOfRangeException(nameof(DuringRun), DuringRun, "Pain scores run from 0 to 10.");
}
