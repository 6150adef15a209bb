using System.Globalization;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>
/// The instruction of an eased session, written from the steps it now has, so the words and the timeline agree:
/// "Eased today: runs shortened from 1:00 to 0:40 (about two thirds of the running, 8:00 → 5:20 in all); walks unchanged."
/// </summary>
internal static class EasedText
{
    private static readonly (double Share, string Words)[] Shares =
    [
        (1 / 2.0, "half"), (3 / 5.0, "three fifths"), (2 / 3.0, "two thirds"), (7 / 10.0, "seven tenths"), (3 / 4.0, "three quarters"),
        (4 / 5.0, "four fifths"), (9 / 10.0, "nine tenths"),
    ];

    /// <param name="before">The session as planned.</param>
    /// <param name="after">The same session with its running steps shortened.</param>
    /// <param name="label">"eased" or "easier week".</param>
    /// <param name="unit">The plan's distance unit.</param>
    public static string Describe(Workout before, Workout after, string label, DistanceUnit unit)
    {
        var pairs = before.Steps.Zip(after.Steps).Where(p => p.First.IsRunning)
            .Select(p => (Was: Amount(p.First, unit), Now: Amount(p.Second, unit))).Distinct().ToArray();
        var runs = before.Steps.Count(s => s.IsRunning);
        var what = pairs.Length == 1
            ? $"{(runs == 1 ? "the run is" : "runs")} shortened from {pairs[0].Was} to {pairs[0].Now}"
            : "runs shortened: " + string.Join(", ", pairs.Select(p => $"{p.Was} to {p.Now}"));
        var share = Share(before, after);
        var total = before.RunSeconds > 0 && after.RunSeconds > 0 && runs > 1
            ? $", {Time(before.RunSeconds)} → {Time(after.RunSeconds)} in all"
            : "";
        var walks = before.Steps.Any(s => !s.IsRunning) ? "; walks unchanged" : "";
        var heading = label == "eased" ? "Eased today" : "Easier week";
        return $"{heading}: {what} ({share} of the running{total}){walks}. As first planned: {before.Instruction}";
    }

    private static string Amount(WorkoutStep step, DistanceUnit unit) => (step.Seconds, step.Meters) switch
    {
        ({ } s, { } m) => $"{Distance.FromMeters(m).Format(unit)} (or {Time(s)})",
        ({ } s, null) => Time(s),
        (null, { } m) => Distance.FromMeters(m).Format(unit),
        _ => "",
    };

    private static string Share(Workout before, Workout after)
    {
        double was = before.RunSeconds, now = after.RunSeconds;
        if (was <= 0)
        {
            was = before.Steps.Where(s => s.IsRunning).Sum(s => s.Meters ?? 0);
            now = after.Steps.Where(s => s.IsRunning).Sum(s => s.Meters ?? 0);
        }

        var share = was > 0 ? now / was : 1;
        var words = Shares.Where(s => Math.Abs(s.Share - share) < 0.02).Select(s => s.Words).FirstOrDefault();
        return words is not null ? $"about {words}" : string.Create(CultureInfo.InvariantCulture, $"about {Math.Round(share * 100)}%");
    }

    private static string Time(int seconds) => DurationText.Format(TimeSpan.FromSeconds(seconds));
}
