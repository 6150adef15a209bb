using Harrier.Core.Load;
using Harrier.Core.Runs;

namespace Harrier.Web.Features.Load;

/// <summary>
/// The training-load report as the API returns it. Training load is on the session-RPE scale (RPE × minutes, AU): rated runs
/// count by their rating, unrated runs with heart rate by their heart-rate load (TRIMP) × <paramref name="Calibration"/>.
/// </summary>
/// <param name="Today">The runner's calendar day now.</param>
/// <param name="TimeZone">The zone the weeks are cut in.</param>
/// <param name="UnratedRunIds">Runs in the shown weeks with no effort rating; rate them with PUT /api/runs/{id}.</param>
/// <param name="NoLoadRunIds">Of those, the runs that add no load at all (no heart rate, or no heart-rate settings).</param>
/// <param name="Calibration">Effort units per TRIMP unit, how many runs it comes from, and whether it is the runner's own.</param>
/// <param name="AcwrCaveat">Text to show next to any acute:chronic figure.</param>
/// <param name="Evidence">The source and strength of each metric, keyed by metric.</param>
public sealed record LoadResponse(
    DateOnly Today,
    string TimeZone,
    IReadOnlyList<LoadWeekResponse> Weeks,
    IReadOnlyList<FitnessDayResponse> Daily,
    IReadOnlyList<AcwrPointResponse> Acwr,
    string AcwrCaveat,
    IReadOnlyList<SpikeResponse> Spikes,
    IReadOnlyList<int> UnratedRunIds,
    IReadOnlyList<int> NoLoadRunIds,
    CalibrationResponse Calibration,
    PlanLoadResponse? Plan,
    IReadOnlyList<PlannedWeekResponse> PlannedWeeks,
    IReadOnlyDictionary<string, string> Evidence)
{
    public static LoadResponse From(LoadReport report, string timeZone) => new(
        report.Today,
        timeZone,
        [.. report.Weeks.Select(w => new LoadWeekResponse(w.Start, w.End, Math.Round(w.DistanceMeters, 1), Math.Round(w.Load.Load, 1),
            Math.Round(w.EffortLoad, 1), Math.Round(w.HeartRateLoad, 1), Round(w.Load.Monotony, 2), Round(w.Load.Strain, 1), w.Runs, w.Unrated, w.NoLoad))],
        [.. report.Fitness.Select(p => new FitnessDayResponse(p.Day, Math.Round(p.Ctl, 2), Math.Round(p.Atl, 2), Math.Round(p.Tsb, 2)))],
        [.. report.AcuteChronic.Select(p => new AcwrPointResponse(p.Day, Math.Round(p.Acute, 2), Round(p.Chronic, 2), Round(p.Ratio, 2)))],
        AcuteChronic.Caveat,
        [.. report.Spikes.Select(SpikeResponse.From)],
        [.. report.Unrated.Select(r => r.Id)],
        [.. report.WithoutLoad.Select(r => r.Id)],
        new CalibrationResponse(Math.Round(report.Calibration.EffortPerTrimp, 2), report.Calibration.Pairs, report.Calibration.IsPersonal),
        report.PlanName is { } name ? new PlanLoadResponse(name, report.PlanSuspended) : null,
        [.. report.PlannedWeeks.Select(w => new PlannedWeekResponse(w.Start, w.End, Math.Round(w.Load, 1), w.Sessions, w.RunSeconds))],
        LoadEvidence.ByMetric);

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;
}

/// <summary>One calendar week (Monday–Sunday) of the log.</summary>
/// <param name="Load">Training load (AU, session-RPE scale): rated runs by effort, unrated ones by calibrated heart-rate load.</param>
/// <param name="EffortLoad">Session RPE × minutes of the rated runs.</param>
/// <param name="HeartRateLoad">Banister TRIMP of the runs that have one (its own scale, not comparable with AU).</param>
/// <param name="Monotony">Mean daily load ÷ its standard deviation (Foster 1998); null when every day had the same load.</param>
/// <param name="Strain">Weekly load × monotony; null with monotony.</param>
/// <param name="Unrated">Runs without an effort rating.</param>
/// <param name="NoLoad">Runs with neither a rating nor a heart-rate load, which add no load.</param>
public sealed record LoadWeekResponse(
    DateOnly Start, DateOnly End, double DistanceMeters, double Load, double EffortLoad, double HeartRateLoad, double? Monotony, double? Strain,
    int Runs, int Unrated, int NoLoad);

/// <summary>How unrated runs' heart-rate load becomes training load (see <c>LoadCalibration</c>; Harrier's own conversion [D]).</summary>
/// <param name="EffortPerTrimp">Session-RPE units per TRIMP unit.</param>
/// <param name="Pairs">Recent runs with both loads.</param>
/// <param name="Personal">True when the factor is the runner's own (from 5 such runs), false for the default.</param>
public sealed record CalibrationResponse(double EffortPerTrimp, int Pairs, bool Personal);

/// <summary>One day of the fitness–fatigue model.</summary>
/// <param name="Fitness">CTL: 42-day exponentially weighted mean of daily load.</param>
/// <param name="Fatigue">ATL: 7-day exponentially weighted mean of daily load.</param>
/// <param name="Form">TSB: yesterday's CTL − yesterday's ATL.</param>
public sealed record FitnessDayResponse(DateOnly Date, double Fitness, double Fatigue, double Form);

/// <summary>One day of the acute:chronic trend (uncoupled); descriptive only, never an injury-risk score.</summary>
public sealed record AcwrPointResponse(DateOnly Date, double Acute, double? Chronic, double? Ratio);

/// <summary>A logged run more than 10% longer than the longest run in the 30 days before it (Frandsen 2025).</summary>
/// <param name="IncreasePercent">How much longer, in percent.</param>
/// <param name="Size">Frandsen's category: small (&gt;10–30%), moderate (&gt;30–100%) or large (&gt;100%).</param>
public sealed record SpikeResponse(int RunId, DateTimeOffset StartTime, DateOnly Date, double DistanceMeters, double PreviousLongestMeters,
    double IncreasePercent, SpikeSize Size)
{
    public static SpikeResponse From(RunSpike<Run> spike)
    {
        ArgumentNullException.ThrowIfNull(spike);
        var run = spike.Item;
        return new SpikeResponse(run.Id, new DateTimeOffset(run.StartUtc), DateOnly.FromDateTime(run.LocalStart), Math.Round(spike.Amount, 1),
            Math.Round(spike.PreviousLongest, 1), Math.Round(spike.Increase * 100, 1), spike.Size);
    }
}

/// <summary>The runner's active plan.</summary>
public sealed record PlanLoadResponse(string Name, bool Suspended);

/// <summary>A week of the active plan ahead, with the load its sessions will bring.</summary>
public sealed record PlannedWeekResponse(DateOnly Start, DateOnly End, double Load, int Sessions, int RunSeconds);
