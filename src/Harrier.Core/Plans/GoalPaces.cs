using Harrier.Core.Paces;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

// The paces a generated plan is written with. With a recent run or race they come from its VDOT (Daniels & Gilbert, EVIDENCE.md
// §2.6); without one, distances are estimates at GoalPlanner.AssumedEasyPace and sessions are given by time and effort only.
internal sealed record GoalPaces(Pace Easy, TrainingPaces? FromRace, DistanceUnit Unit)
{
    public bool Known => FromRace is not null;

    public static GoalPaces For(CurrentAbility ability, DistanceUnit unit)
    {
        if (ability.RaceDistance is not { } distance)
        {
            return new GoalPaces(GoalPlanner.AssumedEasyPace, null, unit);
        }

        var paces = TrainingPaces.FromPerformance(distance, ability.Continuous);
        return new GoalPaces(paces.Easy.Fast, paces, unit);
    }

    /// <summary>"6:44 /km": the pace distances are estimated at.</summary>
    public string EasyText => Easy.Format(Unit);

    /// <summary>"7:40–6:44 /km" with a recent run, else null.</summary>
    public string? EasyRange => FromRace?.Easy.Format(Unit);

    /// <summary>"5:35–5:20 /km" with a recent run, else null.</summary>
    public string? ThresholdRange => FromRace?.Threshold.Format(Unit);

    /// <summary>Estimated metres covered in <paramref name="seconds"/> at the easy pace.</summary>
    public double EasyMeters(int seconds) => Math.Round(seconds / Easy.SecondsPerKilometer * 1000);

    /// <summary>Running seconds that cover <paramref name="meters"/> at the easy pace.</summary>
    public double EasySeconds(double meters) => meters / 1000 * Easy.SecondsPerKilometer;

    /// <summary>"5 km" or "3.1 mi": a goal or estimate in the runner's unit, one decimal at most.</summary>
    public string Format(Distance distance) => Format(distance, Unit);

    public static string Format(Distance distance, DistanceUnit unit) =>
        distance.In(unit).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " " + unit.Symbol();
}
