using Harrier.Core.Load;
using Harrier.Core.Runs;

namespace Harrier.Web.Features.Load;

/// <summary>The training-load report as the API returns it. Loads are session RPE × minutes (arbitrary units, AU).</summary>
/// <param name="Today">The runner's calendar day now.</param>
/// <param name="TimeZone">The zone the weeks are cut in.</param>
/// <param name="UnratedRunIds">Runs in the shown weeks with no effort rating (no load); rate them with PUT /api/runs/{id}.</param>
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
    PlanLoadResponse? Plan,
    IReadOnlyList<PlannedWeekResponse> PlannedWeeks,
    IReadOnlyDictionary<string, string> Evidence)
{
    public static LoadResponse From(LoadReport report, string timeZone) => new(
        report.Today,
        timeZone,
        [.. report.Weeks.Select(w => new LoadWeekResponse(w.Start, w.End, Math.Round(w.DistanceMeters, 1), Math.Round(w.Load.Load, 1),
            Round(w.Load.Monotony, 2), Round(w.Load.Strain, 1), w.Runs, w.Unrated))],
        [.. report.Fitness.Select(p => new FitnessDayResponse(p.Day, Math.Round(p.Ctl, 2), Math.Round(p.Atl, 2), Math.Round(p.Tsb, 2)))],
        [.. report.AcuteChronic.Select(p => new AcwrPointResponse(p.Day, Math.Round(p.Acute, 2), Round(p.Chronic, 2), Round(p.Ratio, 2)))],
        AcuteChronic.Caveat,
        [.. report.Spikes.Select(SpikeResponse.From)],
        [.. report.Unrated.Select(r => r.Id)],
        report.PlanName is { } name ? new PlanLoadResponse(name, report.PlanSuspended) : null,
        [.. report.PlannedWeeks.Select(w => new PlannedWeekResponse(w.Start, w.End, Math.Round(w.Load, 1), w.Sessions, w.RunSeconds))],
        LoadEvidence.ByMetric);

    private static double? Round(double? value, int digits) => value is { } v ? Math.Round(v, digits) : null;
}

/// <summary>One calendar week (Monday–Sunday) of the log.</summary>
/// <param name="Monotony">Mean daily load ÷ its standard deviation (Foster 1998); null when every day had the same load.</param>
/// <param name="Strain">Weekly load × monotony; null with monotony.</param>
/// <param name="Unrated">Runs without an effort rating, which add no load.</param>
public sealed record LoadWeekResponse(
    DateOnly Start, DateOnly End, double DistanceMeters, double Load, double? Monotony, double? Strain, int Runs, int Unrated);

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
