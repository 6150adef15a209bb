using System.Globalization;
using Harrier.Core.Load;

namespace Harrier.Core.Triage;

/// <summary>The comparisons in the runner's own log that the rules' <see cref="LogProbe"/> names.</summary>
/// <remarks>
/// Each comparison sets the mornings after runs with an exposure against the other mornings (<see cref="MorningComparison"/>).
/// Facts the answers already carry (weekly distance, a new pair, a recent long run) are not repeated here: they are known answers,
/// shown once with where they came from. Thresholds are Harrier's choices [D]: a hilly run climbs more than
/// <see cref="HillyClimbPerKilometer"/> m per km; a low-cadence run is more than 5% below the runner's own median cadence
/// (Heiderscheit 2011 worked in ±5–10% steps of each runner's own rate); a spike is <see cref="SingleRunSpike"/>'s (Frandsen 2025).
/// </remarks>
internal static partial class LogEvidence
{
    public const double HillyClimbPerKilometer = 15;

    public const double LowCadenceDrop = 0.05;

    public static LogFinding Find(LogProbe probe, LogContext log) => probe switch
    {
        LogProbe.None => LogFinding.Nothing,
        LogProbe.Load => Load(log),
        LogProbe.Climb => Climb(log),
        LogProbe.Shoes => Shoes(log),
        LogProbe.Surface => Surfaces(log),
        LogProbe.Cadence => Cadence(log),
        _ => throw new ArgumentOutOfRangeException(nameof(probe), probe, null),
    };

    /// <summary>What data would let the comparison say something, in plain words; null for a rule scored from answers only.</summary>
    public static string? WouldTell(LogProbe probe) => probe switch
    {
        LogProbe.Load => Needs("runs"),
        LogProbe.Climb => Needs("runs recorded by a watch or phone (with climb)"),
        LogProbe.Shoes => Needs("runs with the shoes you wore"),
        LogProbe.Surface => Needs("runs with their surface"),
        LogProbe.Cadence => Needs("runs recorded with cadence"),
        _ => null,
    };

    private static string Needs(string runs) => Text(
        $"A morning pain score (the check-in) after at least {MorningComparison.MinMornings} {runs}, with some painful and some pain-free mornings.");

    private static LogFinding Climb(LogContext log) => MorningComparison.Binary(
        log.Days,
        d => d.Runs.Any(r => r.ClimbPerKilometer is not null) ? d.Runs.Any(r => r.ClimbPerKilometer > HillyClimbPerKilometer) : null,
        "runs with climb data",
        Text($"runs with more than {HillyClimbPerKilometer} m of climb per km"));

    private static LogFinding Load(LogContext log)
    {
        var spikes = SingleRunSpike.Find(log.Runs, r => r.StartUtc, r => r.Distance.Meters).Select(s => s.Item).ToHashSet();
        return MorningComparison.Binary(log.Days, d => d.Runs.Any(spikes.Contains), "runs",
            "a run more than 10% longer than the longest in the previous 30 days");
    }

    private static LogFinding Cadence(LogContext log)
    {
        var cadences = log.Runs.Select(r => r.Cadence).OfType<double>().Order().ToArray();
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
            d => d.Runs.Select(r => r.Cadence).OfType<double>().ToArray() is { Length: > 0 } day ? day.Average() < limit : null,
            "runs with cadence data",
            Text($"runs with a cadence more than 5% below your usual {usual:0} steps per minute"));
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
