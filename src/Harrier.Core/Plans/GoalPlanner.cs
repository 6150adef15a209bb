using System.Globalization;
using Harrier.Core.Load;
using Harrier.Core.Paces;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>Builds a dated plan that reaches a goal distance by a date, or says it cannot be done safely and when it could.</summary>
/// <remarks>
/// <para>
/// A runner who cannot yet run 30 minutes without stopping (and has not run 5 km recently) starts with NHS Couch to 5K (§1.1),
/// joining at the week whose longest continuous run they can already do: "none" starts at week 1, "6min" at week 4, "20min" at
/// week 5. Its sessions are reproduced as published, in order on the runner's run days; its checkpoints stay flagged. A 5 km goal
/// is reachable once Couch to 5K is finished (the goal run is then capped at 10% over the longest run, walking the rest).
/// </para>
/// <para>
/// After Couch to 5K (or from the start), each build week has one long run on the long-run day, the week's longest, and easy runs
/// on the other run days (<see cref="EasyRunSeconds"/>). The long run grows by at most 10% over the longest run in the previous 30
/// days (Frandsen 2025, EVIDENCE.md §2.1 [V]; see <see cref="GoalLadder"/>) until it reaches the goal's target
/// (<see cref="TargetFor"/>), then holds; every 4th build week is easier (80%). With a recent run or race, paces come from its
/// VDOT (§2.6) and, from the 5th build week, one easy run a week becomes a threshold run. The 7 days before the goal day are a
/// taper: each run is 60% of the same weekday's running a week earlier, and the day before the goal day is a rest day. Novices
/// (under 30 minutes of continuous running) never run on consecutive days (NHS C25K, §1.1 [V]). With BMI over 30, week one stays
/// under 3 km of running (Nielsen 2014, §2.1 [V]). The 80%, 60% and easy-run sizes are Harrier's design choices, not evidence.
/// </para>
/// <para>
/// The goal is safe by a date when the runner is ready (Couch to 5K done for a 5 km goal, or the long run at its target) by the end
/// of a plan week at least 7 days before it. The week a runner is ready does not depend on the date, and a runner who can run
/// longer, and no slower, than another is never ready later: more ability never gives a later earliest safe date.
/// </para>
/// </remarks>
public static partial class GoalPlanner
{
    public const int EasierWeekEvery = 4;
    public const double EasierWeekFactor = 0.8;
    public const double TaperFactor = 0.6;
    public const double BmiThreshold = 30;
    public const double WeekOneCapMeters = 3000;

    /// <summary>
    /// How much longer in distance than the longest run in the previous 30 days the goal run may be
    /// (<see cref="SingleRunSpike.MaxIncrease"/>, 30%). Runs are checked by running time (≤ 10%); the goal run is faster than the
    /// easy long runs, so it covers more ground per minute, and this caps that.
    /// </summary>
    public const double GoalDistanceIncrease = SingleRunSpike.MaxIncrease;

    /// <summary>Build week from which one easy run a week can be a threshold run: after four weeks of continuous running.</summary>
    public const int ThresholdFromWeek = 5;

    /// <summary>Taper runs shorter than this (seconds) are left out.</summary>
    public const int ShortestTaperRun = 300;

    /// <summary>Easy runs are about half the long run, between 30 and 45 minutes, and never more than 90% of it.</summary>
    public const int EasyRunMinSeconds = 1800;

    public const int EasyRunMaxSeconds = 2700;

    /// <summary>How far ahead a goal day may be: two years from the plan's start (see <see cref="LatestGoalDay"/>).</summary>
    public const int HorizonYears = 2;

    /// <summary>Goals up to a half marathon, where a training run can cover the whole distance.</summary>
    public static readonly Distance LongestGoal = Distance.FromMeters(21097.5);

    /// <summary>How far from a distance a goal still counts as it ("3.1mi" is a 5 km goal).</summary>
    public const double GoalTolerance = 100;

    public static readonly Distance FiveK = Distance.FromKilometers(5);

    /// <summary>The easy pace assumed when no recent run or race is known (a design assumption, not evidence).</summary>
    public static readonly Pace AssumedEasyPace = Pace.FromSecondsPerKilometer(420);

    /// <summary>The last goal day a plan starting on <paramref name="start"/> can have.</summary>
    public static DateOnly LatestGoalDay(DateOnly start) => start.AddYears(HorizonYears);

    /// <summary>The plan for <paramref name="request"/>; infeasible plans are the best one to the date, with the earliest safe date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The goal is not above zero and up to a half marathon, or the goal day is not after the start and within
    /// <see cref="HorizonYears"/> years of it. <see cref="PlanInput.Validate"/> turns these into messages for the runner.
    /// </exception>
    /// <exception cref="ArgumentException">No training days.</exception>
    public static TrainingPlan Generate(GoalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Goal.Meters, LongestGoal.Meters + 50, nameof(request));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Goal.Meters, 0, nameof(request));
        ArgumentOutOfRangeException.ThrowIfLessThan(request.By, request.Start.AddDays(1), nameof(request));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.By, LatestGoalDay(request.Start), nameof(request));
        if (request.Days.Count == 0)
        {
            throw new ArgumentException("Choose at least one training day.", nameof(request));
        }

        var notes = new List<string>();
        var setup = Setup(request, notes);
        var builder = Choose(setup);
        var feasible = builder.Feasible(request.By);
        var earliest = feasible ? null : builder.EarliestSafeDate(request.By);
        builder.Build(request.By, feasible);
        var warnings = Explain(setup, builder, feasible, earliest, notes);
        var template = builder.Couch is null ? null : CouchTo5KPhase.Template;
        var name = GoalPaces.Format(request.Goal, request.Unit) + string.Create(CultureInfo.InvariantCulture, $" by {request.By:yyyy-MM-dd}")
            + (template is null ? "" : $" ({template.Name})");
        return new TrainingPlan(name, template is null ? "Generated by Harrier" : $"Generated by Harrier from {template.Name}. {template.Source}",
            [.. setup.RunDays, .. setup.MobilityDays], builder.Workouts)
        {
            Feasible = feasible,
            EarliestSafeDate = earliest,
            Warnings = warnings,
            Unit = request.Unit,
            ForNewRunners = setup.Novice,
        };
    }

    /// <summary>
    /// The long run (seconds at the easy pace) a goal needs: long enough that the goal run is at most 10% longer in time and
    /// <see cref="GoalDistanceIncrease"/> longer in distance (Frandsen 2025's single-run rule).
    /// </summary>
    /// <param name="raceSeconds">The goal run's running time.</param>
    /// <param name="goal">The goal distance.</param>
    /// <param name="easyPace">The pace of the long runs.</param>
    public static int TargetFor(int raceSeconds, Distance goal, Pace easyPace)
    {
        var byTime = raceSeconds / (1 + SingleRunSpike.AllowedIncrease);
        var byDistance = goal.TotalKilometers / (1 + GoalDistanceIncrease) * easyPace.SecondsPerKilometer;
        return Ceiling5(Math.Max(byTime, byDistance));
    }

    /// <summary>
    /// The easy runs beside a long run of <paramref name="longRunSeconds"/>: half of it, at least 30 and at most 45 minutes, and
    /// never more than 90% of it (so the long run stays the week's longest); whole minutes. A design choice, like the
    /// "5K to 10K bridge" template's 30-minute easy runs.
    /// </summary>
    public static int EasyRunSeconds(int longRunSeconds) => GoalSessions.FloorMinute(Math.Min(0.9 * longRunSeconds,
        Math.Clamp(0.5 * longRunSeconds, EasyRunMinSeconds, EasyRunMaxSeconds)));

    private static GoalSetup Setup(GoalRequest request, List<string> notes)
    {
        var ability = request.Ability;
        var (runDays, mobilityDays, longRunDay) = ChooseDays(request, ability.IsNovice, notes);
        var paces = GoalPaces.For(ability, request.Unit);
        var predicted = ability.RaceDistance is { } distance
            ? Riegel.Predict(distance, ability.Continuous, request.Goal).TotalSeconds
            : paces.EasySeconds(request.Goal.Meters);
        var race = (int)Math.Round(Math.Max(request.TargetTime?.TotalSeconds ?? 0, predicted));
        var baseline = (int)ability.Continuous.TotalSeconds;
        var entry = ability.IsNovice ? CouchTo5KPhase.EntryWeek(baseline) : (int?)null;
        var direct = !ability.IsNovice || ability.RaceDistance >= CouchTo5KDone;
        return new GoalSetup(request, runDays, mobilityDays, longRunDay, ThresholdDay(runDays, longRunDay, paces), paces, baseline,
            race, TargetFor(race, request.Goal, paces.Easy), entry, direct);
    }

    // A runner who cannot yet run 30 minutes joins Couch to 5K, unless they have run 5 km recently and 10% steps from that run get
    // them ready as soon. With Couch to 5K and time to spare, its biggest step-ups (and a capped week one) are repeated as long as
    // the goal stays reachable.
    private static GoalPlanBuilder Choose(GoalSetup setup)
    {
        var direct = setup.DirectAllowed ? new GoalPlanBuilder(setup, null) : null;
        if (setup.EntryWeek is not { } entry)
        {
            return direct!;
        }

        var weekOneSlots = Enumerable.Range(0, 7).Count(i => setup.RunDays.Contains(setup.Start.AddDays(i).DayOfWeek));
        CouchTo5KPhase Phase(int repeats) => new(entry, setup.TargetSeconds, weekOneSlots, setup.Paces, setup.CapWeekOne, repeats);
        var plain = new GoalPlanBuilder(setup, Phase(0));
        if (direct is not null && (direct.ReadyWeek ?? int.MaxValue) <= (plain.ReadyWeek ?? int.MaxValue))
        {
            return direct;
        }

        for (var repeats = plain.Couch!.RepeatCandidates.Count; repeats > 0 && plain.Feasible(setup.Request.By); repeats--)
        {
            var repeated = new GoalPlanBuilder(setup, Phase(repeats));
            if (repeated.Feasible(setup.Request.By))
            {
                return repeated;
            }
        }

        return plain;
    }

    private static int Ceiling5(double seconds) => (int)(Math.Ceiling(seconds / 5) * 5);
}
