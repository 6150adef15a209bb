using Harrier.Core.Units;

namespace Harrier.Core.Log;

/// <summary>A runner's best at one distance (the fastest 1 km, 5 km or 10 km within any recorded run) or the longest run.</summary>
/// <param name="Distance">The distance of the effort, or the longest run's distance.</param>
/// <param name="Time">The effort's elapsed time; for the longest run, the run's time.</param>
/// <param name="IsLongestRun">True for the longest run, false for a best effort.</param>
/// <param name="RunId">The run it was set in.</param>
/// <param name="StartUtc">When that run started.</param>
/// <param name="TimeZoneId">The zone that run is shown in.</param>
/// <param name="RunName">That run's title, if it has one.</param>
public sealed record PersonalBest(
    Distance Distance, TimeSpan Time, bool IsLongestRun, int RunId, DateTime StartUtc, string TimeZoneId, string? RunName)
{
    public Pace? Pace => Units.Pace.Of(Distance, Time);

    /// <summary>The run's start as a wall-clock time in its zone.</summary>
    public DateTime LocalStart => TimeZoneInfo.ConvertTimeFromUtc(StartUtc, TimeZones.Get(TimeZoneId));

    /// <summary>"Fastest 5 km" or "Longest run", in the runner's unit for the longest run's label.</summary>
    public string Title => IsLongestRun ? "Longest run" : "Fastest " + Distance.TotalKilometers.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " km";
}
