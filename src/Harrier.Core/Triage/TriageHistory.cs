using Harrier.Core.Intake;
using Harrier.Core.Pain;
using Harrier.Core.Screening;

namespace Harrier.Core.Triage;

/// <summary>Everything Harrier already knows that triage reads: the runner's runs, pain signals, past checks and shoes.</summary>
/// <param name="Runs">Runs in the look-back window (<see cref="LookBackDays"/> days up to today), any order.</param>
/// <param name="Signals">Pain journal entries, check-ins and "it hurt" sessions in the same window.</param>
/// <param name="Screens">Warning-signs checks in the window.</param>
/// <param name="Shoes">The runner's shoes with their totals.</param>
/// <param name="FirstRunDay">The day of the runner's first logged run ever, or null with no runs.</param>
/// <param name="FirstWeekKilometers">Kilometres in the first 7 days of the log, or null with no runs.</param>
/// <param name="Intake">The activity history of the latest intake, or null.</param>
/// <param name="IntakeDay">The day of that intake.</param>
public sealed record TriageHistory(
    IReadOnlyList<RunFacts> Runs,
    PainSignals Signals,
    IReadOnlyList<PastScreen> Screens,
    IReadOnlyList<ShoeWear> Shoes,
    DateOnly? FirstRunDay,
    double? FirstWeekKilometers,
    ActivityHistory? Intake = null,
    DateOnly? IntakeDay = null)
{
    /// <summary>How far back the history reaches: the 90 days the comparisons read plus the 30 days a single-run spike looks back.</summary>
    public const int LookBackDays = LogContext.WindowDays + 30;

    /// <summary>A copy with one more journal entry (the one a request carries), so it counts like a stored one.</summary>
    public TriageHistory With(PainEntry? entry) =>
        entry is null ? this : this with { Signals = Signals with { Entries = [.. Signals.Entries, entry] } };

    /// <summary>The day of the latest single-run spike (<see cref="Load.SingleRunSpike"/>) in the <paramref name="days"/> days up to <paramref name="today"/>, or null.</summary>
    public DateOnly? RecentSpike(DateOnly today, int days = 7)
    {
        var spikes = Load.SingleRunSpike.Find(Runs, r => r.StartUtc, r => r.Distance.Meters).Select(s => s.Item.Day)
            .Where(d => d > today.AddDays(-days) && d <= today).ToArray();
        return spikes.Length == 0 ? null : spikes.Max();
    }

    /// <summary>The warning-signs check that counts up to <paramref name="today"/> (<see cref="PastScreen.Counting"/>) when it is
    /// still open (asks for a clinician), else null.</summary>
    public PastScreen? OpenScreen(DateOnly today) => PastScreen.Counting(Screens, today) is { IsOpen: true } open ? open : null;

    /// <summary>The latest morning check-in's pain on or before <paramref name="today"/>, with its day; null without one.</summary>
    public (DateOnly Day, int Pain)? LatestMorning(DateOnly today)
    {
        var morning = Signals.Mornings.LastOrDefault(m => m.Key <= today);
        return morning.Key == default ? null : (morning.Key, morning.Value);
    }

    /// <summary>No history: a questionnaire on its own.</summary>
    public static TriageHistory Empty { get; } = new([], PainSignals.None, [], [], null, null);
}
