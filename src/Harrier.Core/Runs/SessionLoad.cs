namespace Harrier.Core.Runs;

/// <summary>Session load in arbitrary units: session RPE (CR-10) × duration in minutes.</summary>
/// <remarks>Foster C, Med Sci Sports Exerc 1998;30(7):1164–1168; EVIDENCE.md §2.3 [S].</remarks>
public static class SessionLoad
{
    public static double Of(Effort effort, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(duration, TimeSpan.Zero);
        return effort.Value * duration.TotalMinutes;
    }
}
