using System.Globalization;
using Harrier.Core.Load;
using Harrier.Core.Pain;

namespace Harrier.Core.Troubleshooter;

/// <summary>The comparisons in the runner's own log that the rules' <see cref="LogProbe"/> names.</summary>
/// <remarks>
/// Thresholds are Harrier's choices [D]: a hilly run climbs more than <see cref="HillyClimbPerKilometer"/> m per km; a low-cadence
/// run is more than 5% below the runner's own median cadence (Heiderscheit 2011 worked in ±5–10% steps of each runner's own rate);
/// a spike is <see cref="SingleRunSpike"/>'s (Frandsen 2025); fast progression is more than 30% week on week (Nielsen 2014).
/// </remarks>
internal static partial class LogEvidence
{
    public const double HillyClimbPerKilometer = 15;

    public const double LowCadenceDrop = 0.05;

    public const double FastWeeklyIncrease = 0.30;

    public static LogFinding Find(LogProbe probe, LogContext log) => probe switch
    {
        LogProbe.None => LogFinding.Nothing,
        LogProbe.Load => Load(log),
        LogProbe.Climb => Climb(log),
        LogProbe.Shoes => Shoes(log),
        LogProbe.Surface => Surfaces(log),
        LogProbe.Cadence => Cadence(log),
        LogProbe.Radicular => Radicular(log),
        _ => throw new ArgumentOutOfRangeException(nameof(probe), probe, null),
    };

    private static LogFinding Climb(LogContext log) => MorningComparison.Binary(
        log.Days,
        d => d.Runs.Any(r => r.Recording is not null) ? d.Runs.Any(r => r.Recording?.ClimbPerKilometer > HillyClimbPerKilometer) : null,
        "runs with climb data",
        Text($"runs with more than {HillyClimbPerKilometer} m of climb per km"));

    private static LogFinding Load(LogContext log)
    {
        var spikes = SingleRunSpike.InLog(log.Runs);
        var spikeIds = spikes.Select(s => s.Item).ToHashSet();
        var comparison = MorningComparison.Binary(log.Days, d => d.Runs.Any(spikeIds.Contains), "runs",
            "a run more than 10% longer than the longest in the previous 30 days");
        var lines = comparison.Lines.ToList();
        var points = comparison.Points;
        var recent = spikes.Where(s => LogContext.DayOf(s.Item) > log.Today.AddDays(-30)).ToArray();
        if (recent.Length > 0)
        {
            var largest = recent.MaxBy(s => s.Increase)!;
            lines.Add(Text($"{recent.Length} of your runs in the last 30 days went more than 10% past the longest run of the 30 days ")
                + Text($"before it (largest: {largest.Increase * 100:0}% longer, on {LogContext.DayOf(largest.Item):yyyy-MM-dd})."));
            points += 1;
        }

        var (last, previous) = (Kilometers(log, 0), Kilometers(log, 7));
        if (previous > 0)
        {
            var increase = last / previous - 1;
            lines.Add(Text($"You ran {last:0.0} km in the last 7 days against {previous:0.0} km in the 7 days before ")
                + Text($"({increase * 100:+0;-0;0}%)."));
            points += increase > FastWeeklyIncrease + 1e-9 ? 2 : 0;
        }

        return new LogFinding(points, lines, comparison.NotEnoughData);
    }

    private static double Kilometers(LogContext log, int daysBack)
    {
        var to = log.Today.AddDays(-daysBack);
        var from = to.AddDays(-6);
        return log.Runs.Where(r => LogContext.DayOf(r) >= from && LogContext.DayOf(r) <= to).Sum(r => r.Distance.TotalKilometers);
    }

    private static LogFinding Cadence(LogContext log)
    {
        var cadences = log.Runs.Select(r => r.Recording?.AverageCadence).OfType<double>().Order().ToArray();
        if (cadences.Length < MorningComparison.MinMornings)
        {
            return LogFinding.TooLittle(
                Text($"Not enough runs with cadence data to know your usual cadence yet: {cadences.Length} of at least ")
                + Text($"{MorningComparison.MinMornings}."));
        }

        var usual = cadences.Length % 2 == 1 ? cadences[cadences.Length / 2]
            : (cadences[cadences.Length / 2 - 1] + cadences[cadences.Length / 2]) / 2;
        var limit = usual * (1 - LowCadenceDrop);
        return MorningComparison.Binary(
            log.Days,
            d => d.Runs.Select(r => r.Recording?.AverageCadence).OfType<double>().ToArray() is { Length: > 0 } day
                ? day.Average() < limit
                : null,
            "runs with cadence data",
            Text($"runs with a cadence more than 5% below your usual {usual:0} steps/min"));
    }

    private static LogFinding Radicular(LogContext log)
    {
        const PainQuality NerveLike = PainQuality.Shooting | PainQuality.Burning | PainQuality.Tingling | PainQuality.Numbness;
        var matching = log.Entries
            .Where(e => (e.Spot.Region == log.Region && e.SpreadsTo.Any(s => s.IsBelowKnee))
                || (e.Spot.IsBelowKnee && (e.Quality & NerveLike) != 0))
            .ToArray();
        if (matching.Length == 0)
        {
            return LogFinding.Nothing;
        }

        var latest = matching[^1];
        var where = string.Join(", ", latest.SpreadsTo.Where(s => s.IsBelowKnee).Append(latest.Spot).Where(s => s.IsBelowKnee)
            .Distinct().Select(s => s.ToString()));
        return new LogFinding(6, [Text($"Pain entries in the last {LogContext.WindowDays} days with leg pain below the knee that spreads ")
            + Text($"from the back or feels shooting, burning, tingling or numb: {matching.Length} ")
            + Text($"(latest on {latest.Day:yyyy-MM-dd}: {where}).")],
            false);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
