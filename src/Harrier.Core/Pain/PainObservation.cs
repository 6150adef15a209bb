namespace Harrier.Core.Pain;

/// <summary>What the runner recorded about pain around one run day, on the 0–10 numeric rating scale.</summary>
/// <param name="Day">The run day.</param>
/// <param name="DuringRun">Worst pain during the run, if recorded.</param>
/// <param name="AfterRun">Worst pain after the run, if recorded.</param>
/// <param name="NextMorning">Pain on getting up the next morning, if recorded.</param>
/// <param name="Baseline">The runner's usual morning pain before this run (see <see cref="PainSignals"/>), 0 when unknown.</param>
public sealed record PainObservation(DateOnly Day, int? DuringRun, int? AfterRun, int? NextMorning, int Baseline)
{
    /// <summary>True when any score was recorded for this run.</summary>
    public bool HasScore => DuringRun is not null || AfterRun is not null || NextMorning is not null;
}
