namespace Harrier.Core.Pain;

/// <summary>What the runner recorded about pain around one run day, on the 0–10 numeric rating scale.</summary>
/// <param name="Day">The run day.</param>
/// <param name="DuringRun">Worst pain during the run, if recorded.</param>
/// <param name="AfterRun">Worst pain after the run, if recorded.</param>
/// <param name="NextMorning">Pain on getting up the next morning, if recorded.</param>
/// <param name="Baseline">The runner's usual morning pain before this run (see <see cref="PainSignals"/>), or null when no morning
/// score before it is known: Harrier never assumes one.</param>
public sealed record PainObservation(DateOnly Day, int? DuringRun, int? AfterRun, int? NextMorning, int? Baseline)
{
    /// <summary>True when any score was recorded for this run.</summary>
    public bool HasScore => DuringRun is not null || AfterRun is not null || NextMorning is not null;

    /// <summary>The worst pain during or after the run, or null when neither was recorded.</summary>
    public int? AroundRun => DuringRun is null && AfterRun is null ? null : Math.Max(DuringRun ?? 0, AfterRun ?? 0);
}
