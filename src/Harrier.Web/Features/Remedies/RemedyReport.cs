using System.Globalization;
using Harrier.Core.Load;
using Harrier.Core.Pain;
using Harrier.Core.Remedies;
using Harrier.Core.Runs;
using Harrier.Data.Remedies;

namespace Harrier.Web.Features.Remedies;

/// <summary>
/// One stored experiment seen from the runner's today: its status, today's period, the analysis of EVIDENCE.md §7.2 (from
/// <see cref="RemedyExperiment.Analyse"/>) and the day-by-day morning pain and run load for the chart.
/// </summary>
/// <remarks>
/// A stopped experiment is analysed as of the day before it was stopped: check-ins from the stop day on do not count (a new
/// experiment may start that day), and pairs not finished by then are left out, exactly as unfinished pairs are in a running one.
/// </remarks>
public sealed class RemedyReport
{
    private RemedyReport(RemedyTrial trial, RemedyExperimentDesign design, DateOnly today, DateOnly asOf,
        RemedyExperimentResult result, IReadOnlyList<RemedyDay> days)
    {
        Trial = trial;
        Design = design;
        Today = today;
        AsOf = asOf;
        Result = result;
        Days = days;
        Status = trial.StoppedOn is not null ? RemedyStatus.Stopped
            : today < design.Start ? RemedyStatus.Planned
            : today > design.End ? RemedyStatus.Finished
            : RemedyStatus.Running;
    }

    public RemedyTrial Trial { get; }

    public RemedyExperimentDesign Design { get; }

    /// <summary>The runner's calendar day now.</summary>
    public DateOnly Today { get; }

    /// <summary>The last day whose check-in counts: today, or the day before the experiment was stopped.</summary>
    public DateOnly AsOf { get; }

    public RemedyExperimentResult Result { get; }

    /// <summary>Every day from the start up to <see cref="AsOf"/> (or the end), oldest first.</summary>
    public IReadOnlyList<RemedyDay> Days { get; }

    public RemedyStatus Status { get; }

    /// <summary>The period today falls in while the experiment runs; null otherwise.</summary>
    public ExperimentPeriod? Current => Status == RemedyStatus.Running ? Design.PeriodOn(Today) : null;

    /// <summary>Core's caveats, with the stop explained instead of the planned end when the runner stopped early.</summary>
    public IReadOnlyList<string> Caveats => Trial.StoppedOn is { } stopped
        ? [
            string.Create(CultureInfo.InvariantCulture,
                $"Stopped on {stopped:yyyy-MM-dd}: check-ins from that day on do not count, and pairs not finished before it are left out."),
            .. Result.Caveats.Where(c => !c.StartsWith("The experiment runs until", StringComparison.Ordinal)),
        ]
        : Result.Caveats;

    /// <summary>Analyses <paramref name="trial"/> with the runner's check-ins and runs (either may cover more days than needed).</summary>
    /// <param name="calibration">How unrated runs count their heart-rate load in the daily load shown beside the pain scores.</param>
    public static RemedyReport Build(
        RemedyTrial trial, IEnumerable<MorningCheckIn> checkIns, IEnumerable<Run> runs, TimeZoneInfo zone, DateOnly today, LoadCalibration calibration)
    {
        ArgumentNullException.ThrowIfNull(trial);
        ArgumentNullException.ThrowIfNull(checkIns);
        ArgumentNullException.ThrowIfNull(runs);
        var design = trial.Design;
        var asOf = trial.StoppedOn is { } stopped && stopped.AddDays(-1) < today ? stopped.AddDays(-1) : today;
        var morning = checkIns.Where(c => c.Day >= design.Start && c.Day <= asOf).ToArray();
        var result = RemedyExperiment.Analyse(design, morning, asOf);
        var pain = new Dictionary<DateOnly, int>();
        foreach (var checkIn in morning)
        {
            pain[checkIn.Day] = checkIn.Pain;
        }

        var load = LoadSeries.FromRuns(runs, zone, calibration).ToDictionary(l => l.Day, l => l.Load);
        var last = asOf < design.End ? asOf : design.End;
        var days = Enumerable.Range(0, Math.Max(0, last.DayNumber - design.Start.DayNumber + 1))
            .Select(design.Start.AddDays)
            .Select(d => new RemedyDay(d, design.PeriodOn(d), pain.TryGetValue(d, out var p) ? p : null, load.GetValueOrDefault(d)))
            .ToArray();
        return new RemedyReport(trial, design, today, asOf, result, days);
    }
}
