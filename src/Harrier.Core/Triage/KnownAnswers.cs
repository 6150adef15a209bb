using System.Globalization;
using System.Text.Json;
using Harrier.Core.Load;
using Harrier.Core.Pain;
using Harrier.Core.Runs;

namespace Harrier.Core.Triage;

/// <summary>
/// Works out the triage answers Harrier already holds, so nobody types what the log, the shoes and the pain journal already say.
/// </summary>
/// <remarks>
/// Each answer is given only when the data can say it (Harrier's reading [D]): weekly distance needs runs in the log around that
/// week; "a run much longer than usual" is a single-run spike (Frandsen 2025) in the last 30 days; a pair is new when its first
/// run was in the last 28 days; a move off the treadmill means most runs before the last 6 weeks were on a treadmill and most
/// since were not; hills read the share of recorded runs climbing more than 15 m per km in the last 30 days (none, under half,
/// half or more); the leg questions read the pain journal of the last 90 days.
/// </remarks>
public static class KnownAnswers
{
    /// <summary>A pair first run in within this many days counts as new.</summary>
    public const int NewShoeDays = 28;

    /// <summary>The answers known from <paramref name="history"/> on <paramref name="today"/>, in questionnaire order.</summary>
    public static IReadOnlyList<KnownAnswer> From(TriageHistory history, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(history);
        var runs = history.Runs.Where(r => r.Day <= today).OrderBy(r => r.StartUtc).ToArray();
        var known = new List<KnownAnswer>();
        Running(known, history, today);
        IntakeAnswers(known, history, runs, today);
        Distance(known, runs, history.FirstRunDay, today);
        Hills(known, runs, today);
        Shoes(known, runs, history.Shoes, today);
        Surfaces(known, runs, today);
        Journal(known, history.Signals.Entries, today);
        return known;
    }

    private static void Running(List<KnownAnswer> known, TriageHistory history, DateOnly today)
    {
        if (history.FirstRunDay is not { } first)
        {
            return;
        }

        var months = (today.DayNumber - first.DayNumber) / 30;
        Add(known, "runningMonths", months, Text($"from your log: first run on {first:d MMM yyyy}"));
        if (history.FirstWeekKilometers is { } km)
        {
            Add(known, "firstWeekKilometers", Math.Round(km, 1), Text($"from your log: the 7 days from {first:d MMM yyyy}"));
        }
    }

    private static void IntakeAnswers(List<KnownAnswer> known, TriageHistory history, RunFacts[] runs, DateOnly today)
    {
        if (history is not { Intake: { } intake, IntakeDay: { } day })
        {
            return;
        }

        var origin = Text($"from your intake on {day:d MMM yyyy}");
        AddIf(known, "hoursSittingPerDay", intake.HoursSittingPerDay, origin);
        AddIf(known, "strengthSessionsPerWeek", intake.StrengthSessionsPerWeek, origin);
        AddIf(known, "bodyMassKg", intake.BodyMassKg, origin);
        AddIf(known, "heightCm", intake.HeightCm, origin);
        var outdoors = runs.Where(r => r.Day > today.AddDays(-42)).ToArray();
        if (intake.TreadmillOrElliptical && outdoors.Length > 0)
        {
            var moved = outdoors.Count(r => r.Surface != Surface.Treadmill) * 2 > outdoors.Length;
            Add(known, "movedOutdoorsFromTreadmillOrElliptical", moved,
                Text($"from your intake (mostly treadmill or elliptical before) and your log ({outdoors.Count(r => r.Surface != Surface.Treadmill)} of {outdoors.Length} runs in the last 6 weeks outdoors)"));
        }
    }

    private static void AddIf<T>(List<KnownAnswer> known, string field, T? value, string origin) where T : struct
    {
        if (value is { } v)
        {
            Add(known, field, v, origin);
        }
    }

    private static void Distance(List<KnownAnswer> known, RunFacts[] runs, DateOnly? firstRun, DateOnly today)
    {
        if (!runs.Any(r => r.Day > today.AddDays(-28)))
        {
            return;
        }

        var now = Kilometers(runs, today.AddDays(-6), today);
        Add(known, "weeklyKilometersNow", now, Text($"from your log: {now:0.0} km in the last 7 days"));
        if (firstRun <= today.AddDays(-20))
        {
            var before = Kilometers(runs, today.AddDays(-20), today.AddDays(-14));
            Add(known, "weeklyKilometersTwoWeeksAgo", before, Text($"from your log: {before:0.0} km in the 7 days two weeks ago"));
        }

        var spikes = SingleRunSpike.Find(runs, r => r.StartUtc, r => r.Distance.Meters).Where(s => s.Item.Day > today.AddDays(-30)).ToArray();
        if (runs.Any(r => r.Day <= today.AddDays(-30)) || spikes.Length > 0)
        {
            var largest = spikes.MaxBy(s => s.Increase);
            Add(known, "recentLongerRun", largest is not null, largest is null
                ? "from your log: no run in the last 30 days went more than 10% past the longest of the 30 days before it"
                : Text($"from your log: your run on {largest.Item.Day:d MMM} was {largest.Increase * 100:0}% longer than the longest in the 30 days before it"));
        }
    }

    private static void Hills(List<KnownAnswer> known, RunFacts[] runs, DateOnly today)
    {
        var recorded = runs.Where(r => r.Day > today.AddDays(-30) && r.ClimbPerKilometer is not null).ToArray();
        if (recorded.Length < 3)
        {
            return;
        }

        var hilly = recorded.Count(r => r.ClimbPerKilometer > LogEvidence.HillyClimbPerKilometer);
        var value = hilly == 0 ? "none" : hilly * 2 < recorded.Length ? "some" : "lots";
        Add(known, "hills", value, Text($"from your log: {hilly} of {recorded.Length} recorded runs in the last 30 days climbed more than {LogEvidence.HillyClimbPerKilometer} m per km"));
    }

    private static void Shoes(List<KnownAnswer> known, RunFacts[] runs, IReadOnlyList<ShoeWear> shoes, DateOnly today)
    {
        var currentId = runs.LastOrDefault(r => r.ShoeId is not null)?.ShoeId;
        if (currentId is null || shoes.FirstOrDefault(s => s.Id == currentId) is not { } current)
        {
            return;
        }

        Add(known, "shoeKilometers", Math.Round(current.Total.TotalKilometers), Text($"from your shoes: {current.Name} has about {current.Total.TotalKilometers:0} km"));
        if (current.FirstRun is not { } first)
        {
            return;
        }

        var isNew = first > today.AddDays(-NewShoeDays);
        Add(known, "newShoes", isNew, isNew
            ? Text($"from your log: first run in {current.Name} on {first:d MMM}")
            : Text($"from your log: you have run in {current.Name} since {first:d MMM yyyy}"));
        var previous = runs.LastOrDefault(r => r.ShoeId is not null && r.ShoeId != currentId && r.Day < first);
        if (isNew && previous is not null)
        {
            var changed = !string.Equals(previous.ShoeName, current.Name, StringComparison.OrdinalIgnoreCase);
            Add(known, "changedShoeModel", changed, Text($"from your log: before {current.Name} you ran in {previous.ShoeName}"));
        }
    }

    private static void Surfaces(List<KnownAnswer> known, RunFacts[] runs, DateOnly today)
    {
        var since = today.AddDays(-42);
        var before = runs.Where(r => r.Day <= since).ToArray();
        var recent = runs.Where(r => r.Day > since).ToArray();
        if (before.Length < 3 || recent.Length == 0)
        {
            return;
        }

        var wasTreadmill = before.Count(r => r.Surface == Surface.Treadmill) * 2 > before.Length;
        var nowOutdoors = recent.Count(r => r.Surface != Surface.Treadmill) * 2 > recent.Length;
        // The intake's answer, when there is one, already says where the runner came from.
        if (known.All(k => k.Field != "movedOutdoorsFromTreadmillOrElliptical"))
        {
            Add(known, "movedOutdoorsFromTreadmillOrElliptical", wasTreadmill && nowOutdoors, Text(
                $"from your log: {before.Count(r => r.Surface == Surface.Treadmill)} of {before.Length} runs before {since:d MMM} on a treadmill, {recent.Count(r => r.Surface == Surface.Treadmill)} of {recent.Length} since"));
        }

        var grass = recent.Count(r => r.Surface == Surface.Grass);
        var started = grass > 0 && before.All(r => r.Surface != Surface.Grass);
        Add(known, "startedGrassOrBarefoot", started, started
            ? Text($"from your log: {grass} runs on grass since {since:d MMM}, none before")
            : Text($"from your log: {grass} runs on grass since {since:d MMM}"));
    }

    private static void Journal(List<KnownAnswer> known, IReadOnlyList<PainEntry> entries, DateOnly today)
    {
        var recent = entries.Where(e => e.Day > today.AddDays(-LogContext.WindowDays) && e.Day <= today).OrderBy(e => e.Day).ToArray();
        if (recent.Length == 0)
        {
            return;
        }

        var below = recent.LastOrDefault(e => e.Spot.IsBelowKnee || e.SpreadsTo.Any(s => s.IsBelowKnee));
        Add(known, "painSpreadsBelowKnee", below is not null, below is null
            ? Text($"from your pain journal: {recent.Length} {(recent.Length == 1 ? "entry" : "entries")}, none below the knee")
            : Text($"from your pain journal: {Where(below)} on {below.Day:d MMM}"));
        Quality(known, recent, "shootingOrBurningLegPain", PainQuality.Shooting | PainQuality.Burning, "shooting or burning");
        Quality(known, recent, "numbnessOrTingling", PainQuality.Numbness | PainQuality.Tingling, "numbness or tingling");
    }

    private static void Quality(List<KnownAnswer> known, PainEntry[] entries, string field, PainQuality qualities, string words)
    {
        var match = entries.LastOrDefault(e => (e.Quality & qualities) != 0);
        Add(known, field, match is not null, match is null
            ? Text($"from your pain journal: no entry describes {words}")
            : Text($"from your pain journal: {words} on {match.Day:d MMM} ({Where(match)})"));
    }

    private static string Where(PainEntry entry) => entry.SpreadsTo.Count == 0
        ? entry.Spot.Words
        : entry.Spot.Words + " spreading to the " + string.Join(" and ", entry.SpreadsTo.Select(s => s.Words));

    private static double Kilometers(RunFacts[] runs, DateOnly from, DateOnly to) =>
        Math.Round(runs.Where(r => r.Day >= from && r.Day <= to).Sum(r => r.Distance.TotalKilometers), 1);

    private static void Add<T>(List<KnownAnswer> known, string field, T value, string origin) =>
        known.Add(new KnownAnswer(field, JsonSerializer.SerializeToElement(value, TriageAnswers.JsonOptions), origin));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
