using Harrier.Core.Runs;

namespace Harrier.Core.Triage;

/// <summary>Shoes and surfaces: categories the runner changes between.</summary>
internal static partial class LogEvidence
{
    private static LogFinding Shoes(LogContext log)
    {
        var (comparison, pair) = MorningComparison.ByCategory(log.Days, d => d.Last.ShoeName, "runs with a shoe recorded", n => $"in {n}");
        if (pair is not null && comparison.Points > 0 && PainBefore(log, pair) is { } line)
        {
            return new LogFinding(0, [.. comparison.Lines, line], false);
        }

        return comparison;
    }

    /// <summary>When painful mornings began before the first run in the pair, the pair cannot have started the pain.</summary>
    private static string? PainBefore(LogContext log, string pair)
    {
        var firstPainful = log.Days.FirstOrDefault(d => d.Painful == true);
        var firstInPair = log.Days.FirstOrDefault(d => d.Runs.Any(r => r.ShoeName == pair));
        return firstPainful is not null && firstInPair is not null && firstPainful.Day < firstInPair.Day
            ? Text($"But the first painful morning (after {firstPainful.Day:d MMM}) came before your first run in {pair} ")
                + Text($"({firstInPair.Day:d MMM}), so the pair did not start the pain.")
            : null;
    }

    private static LogFinding Surfaces(LogContext log) =>
        MorningComparison.ByCategory(log.Days, d => d.Last.Surface.AfterOn(), "runs", n => $"on {n}").Finding;
}
