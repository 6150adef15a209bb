using Harrier.Core.Load;

namespace Harrier.Core.Runs;

/// <summary>A run's two loads, each on its own scale, and the one its training load uses.</summary>
/// <param name="EffortLoad">Session RPE × minutes (AU, Foster), when the run is rated.</param>
/// <param name="HeartRateLoad">Banister TRIMP, when the run has heart rate and the runner gave maximum and resting heart rate.</param>
/// <param name="Value">The training load on the session-RPE scale: <paramref name="EffortLoad"/> when rated, else the heart-rate
/// load × <see cref="LoadCalibration.EffortPerTrimp"/>, else null.</param>
/// <param name="Basis">Which of the two <paramref name="Value"/> comes from.</param>
public sealed record RunLoad(double? EffortLoad, double? HeartRateLoad, double? Value, LoadBasis Basis)
{
    /// <summary>The one rule for a run's training load, used by the log, the load page, the API and the CLI.</summary>
    public static RunLoad Of(double? effortLoad, double? heartRateLoad, LoadCalibration calibration)
    {
        ArgumentNullException.ThrowIfNull(calibration);
        return effortLoad is { } effort ? new RunLoad(effort, heartRateLoad, effort, LoadBasis.Effort)
            : heartRateLoad is { } trimp ? new RunLoad(null, trimp, trimp * calibration.EffortPerTrimp, LoadBasis.HeartRate)
            : new RunLoad(null, null, null, LoadBasis.None);
    }
}
