using Harrier.Core.Load;
using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Log;

/// <summary>One calendar week of a runner's log with its totals.</summary>
/// <param name="Start">The first day of the week in the runner's calendar.</param>
/// <param name="Runs">The week's runs, newest first.</param>
public sealed record TrainingWeek(DateOnly Start, IReadOnlyList<Run> Runs)
{
    public DateOnly End => Start.AddDays(6);

    public int RunCount => Runs.Count;

    public Distance TotalDistance => Runs.Aggregate(Distance.Zero, (sum, r) => sum + r.Distance);

    public TimeSpan TotalTime => Runs.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Duration);

    /// <summary>How the week's unrated runs turn heart-rate load into training load (see <see cref="RunLoad.Of"/>).</summary>
    public LoadCalibration Calibration { get; init; } = LoadCalibration.Default;

    /// <summary>The week's cross-training, newest first: shown with the week, never counted in its running totals or load.</summary>
    public IReadOnlyList<CrossTraining> CrossTraining { get; init; } = [];

    /// <summary>The training load of the week's runs: session RPE × minutes when rated, else calibrated heart-rate load.</summary>
    public double TotalLoad => Runs.Sum(r => r.LoadWith(Calibration).Value ?? 0);

    /// <summary>Sum of session loads (RPE × minutes, Foster) over the rated runs.</summary>
    public double EffortLoad => Runs.Sum(r => r.EffortLoad ?? 0);

    /// <summary>Sum of heart-rate loads (Banister TRIMP) over the runs that have one, rated or not.</summary>
    public double HeartRateLoad => Runs.Sum(r => r.HeartRateLoad ?? 0);

    /// <summary>Runs without a rated effort (some still count by heart rate).</summary>
    public int UnratedCount => Runs.Count(r => r.Effort is null);

    /// <summary>Runs with neither an effort rating nor a heart-rate load: missing from <see cref="TotalLoad"/>.</summary>
    public int NoLoadCount => Runs.Count(r => r.LoadWith(Calibration).Basis == LoadBasis.None);

    public bool Contains(DateOnly day) => day >= Start && day <= End;
}
