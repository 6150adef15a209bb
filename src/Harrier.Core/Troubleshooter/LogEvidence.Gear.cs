using Harrier.Core.Runs;

namespace Harrier.Core.Troubleshooter;

/// <summary>Shoes and surfaces: categories the runner changes between.</summary>
internal static partial class LogEvidence
{
    /// <summary>The top of the common 500–800 km replacement rule of thumb [U].</summary>
    public const double WornShoeKilometers = 800;

    /// <summary>A pair first used this recently counts as new.</summary>
    public const int NewShoeDays = 28;

    private static LogFinding Shoes(LogContext log)
    {
        var (comparison, pair) = MorningComparison.ByCategory(log.Days, d => ShoeName(d.Last), "runs with a shoe recorded", n => $"in {n}");
        var lines = comparison.Lines.ToList();
        var points = comparison.Points;
        if (pair is not null && points > 0 && PainBefore(log, pair) is { } line)
        {
            lines.Add(line);
            points = 0;
        }

        var current = log.Runs.LastOrDefault(r => ShoeName(r) is not null);
        if (current is null)
        {
            return new LogFinding(points, lines, comparison.NotEnoughData);
        }

        var name = ShoeName(current)!;
        var inPair = log.Runs.Where(r => ShoeName(r) == name).ToArray();
        var kilometers = (current.Shoe?.StartingDistance.TotalKilometers ?? 0) + inPair.Sum(r => r.Distance.TotalKilometers);
        var first = LogContext.DayOf(inPair[0]);
        if (first > log.Today.AddDays(-NewShoeDays))
        {
            lines.Add(Text($"You started running in {name} on {first:yyyy-MM-dd}, {log.Today.DayNumber - first.DayNumber} days ago."));
        }

        var worn = kilometers >= WornShoeKilometers;
        lines.Add(Text($"Your current pair, {name}, has about {kilometers:0} km on it")
            + (worn ? " (past 800 km, the top of the 500-800 km rule of thumb [U])." : "."));
        return new LogFinding(points + (worn ? 1 : 0), lines, comparison.NotEnoughData);
    }

    /// <summary>When painful mornings began before the first run in the pair, the pair cannot have started the pain.</summary>
    private static string? PainBefore(LogContext log, string pair)
    {
        var firstPainful = log.Days.FirstOrDefault(d => d.Painful == true);
        var firstInPair = log.Days.FirstOrDefault(d => d.Runs.Any(r => ShoeName(r) == pair));
        return firstPainful is not null && firstInPair is not null && firstPainful.Day < firstInPair.Day
            ? Text($"But the first painful morning (after {firstPainful.Day:yyyy-MM-dd}) came before your first run in {pair} ")
                + Text($"({firstInPair.Day:yyyy-MM-dd}), so the pair did not start the pain.")
            : null;
    }

    private static LogFinding Surfaces(LogContext log) =>
        MorningComparison.ByCategory(log.Days, d => SurfaceName(d.Last.Surface), "runs", n => $"on {n}").Finding;

    private static string? ShoeName(Run run) =>
        run.Shoe?.Name ?? (run.ShoeId is { } id ? Text($"shoe #{id}") : null);

    private static string SurfaceName(Surface surface) => surface switch
    {
        Surface.Road => "road",
        Surface.Trail => "trails",
        Surface.Track => "a track",
        Surface.Treadmill => "a treadmill",
        Surface.Grass => "grass",
        _ => surface.ToString(),
    };
}
