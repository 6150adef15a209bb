using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Harrier.Core.Paces;
using Harrier.Core.Plans;
using Harrier.Core.Units;

namespace Harrier.Core.Tests.Plans;

/// <summary>
/// Property tests over random goal requests: more ability is never later, build weeks have their long run on the long-run day,
/// the taper is lighter with no new longest run, and the goal run keeps the single-run rule in time and distance.
/// </summary>
public sealed class GoalPlanShapeProperties
{
    private static readonly DateOnly Base = new(2027, 1, 4);

    [Property(MaxTest = 1000)]
    public Property Generate_MoreAbility_NeverALaterEarliestSafeDate() => Prop.ForAll(Pairs(), pair =>
    {
        var (request, stronger) = pair;
        if (!AtLeast(stronger, request.Ability, request.Goal))
        {
            return;
        }

        var weak = GoalPlanner.Generate(request);
        var strong = GoalPlanner.Generate(request with { Ability = stronger });

        var what = $"{Describe(request)}; stronger {Describe(stronger)}";
        Assert.True(strong.Feasible || !weak.Feasible, "the weaker runner's goal is safe by the date but the stronger's is not: " + what);
        if (!strong.Feasible)
        {
            Assert.True(Never(strong.EarliestSafeDate) <= Never(weak.EarliestSafeDate),
                $"stronger {strong.EarliestSafeDate}, weaker {weak.EarliestSafeDate}: {what}");
        }
    });

    [Property(MaxTest = 300)]
    public Property Generate_BuildWeeks_LongRunOnTheLongRunDayIsTheWeeksLongest() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);
        var longRunDay = LongRunDay(request);

        foreach (var week in BuildWeeks(plan, request))
        {
            var runs = week.Workouts.Where(w => w.Workout.IsRunning).ToArray();
            var longRun = Assert.Single(runs, w => w.Date.DayOfWeek == longRunDay);
            Assert.All(runs.Where(w => w != longRun), w => Assert.True(w.Workout.RunSeconds < longRun.Workout.RunSeconds,
                $"week {week.Number}: {w.Workout.Title} {w.Workout.RunSeconds} s vs long run {longRun.Workout.RunSeconds} s"));
        }
    });

    [Property(MaxTest = 300)]
    public Property Generate_BuildWeeks_EasierWeekInEveryFour() => Prop.ForAll(Requests(), request =>
    {
        var weeks = BuildWeeks(GoalPlanner.Generate(request), request)
            .ToDictionary(w => w.Number, w => w.Workouts.Sum(x => x.Workout.RunSeconds));

        foreach (var first in weeks.Keys.Where(k => Enumerable.Range(k - 1, 5).All(weeks.ContainsKey)))
        {
            Assert.Contains(Enumerable.Range(first, 4), k => weeks[k] < weeks[k - 1]);
        }
    });

    [Property(MaxTest = 300)]
    public Property Generate_Feasible_LastWeekLighterWithNoNewLongestRun() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);
        if (!plan.Feasible)
        {
            return;
        }

        var taper = plan.Workouts.Where(w => w.Date >= request.By.AddDays(-7) && w.Date < request.By).ToArray();
        var before = plan.Workouts.Where(w => w.Date < request.By.AddDays(-7)).ToArray();
        Assert.True(GoalPlannerProperties.Running(plan, request.By, 7) < GoalPlannerProperties.Running(plan, request.By.AddDays(-7), 7),
            "the last week is not lighter than the one before");
        Assert.True(taper.Select(w => w.Workout.RunSeconds).DefaultIfEmpty(0).Max() <= before.Max(w => w.Workout.RunSeconds),
            "the last week holds a new longest run");
        Assert.DoesNotContain(plan.Workouts, w => w.Date == request.By.AddDays(-1) && w.Workout.IsRunning);
    });

    [Property(MaxTest = 300)]
    public Property Generate_GoalRun_AtMostThirtyPercentFurtherThanTheLongestRunInThirtyDays() => Prop.ForAll(Requests(), request =>
    {
        var plan = GoalPlanner.Generate(request);
        if (!plan.Feasible)
        {
            return;
        }

        var pace = EasyPace(request.Ability);
        var longest = plan.Workouts.Where(w => w.Date >= request.By.AddDays(-30) && w.Date < request.By && w.Workout.IsRunning)
            .Max(w => w.Workout.DistanceMeters ?? w.Workout.RunSeconds / pace * 1000);
        var goal = plan.Workouts[^1].Workout;
        if (!goal.Instruction.Contains("walk the rest", StringComparison.Ordinal))
        {
            Assert.True(request.Goal.Meters <= longest * (1 + GoalPlanner.GoalDistanceIncrease) + 1,
                $"goal {request.Goal.Meters:0} m, longest {longest:0} m");
        }
    });

    /// <summary>
    /// More ability: can run at least as long without stopping, with an easy pace and a predicted goal time no slower. Without a
    /// recent run both are Harrier's assumption (7:00 per km); with one they come from its VDOT and Riegel. So none ≤ "can run
    /// N minutes" ≤ "can run longer" ≤ a recent run at least that long that is no slower than the assumption.
    /// </summary>
    internal static bool AtLeast(CurrentAbility stronger, CurrentAbility weaker, Distance goal) =>
        stronger.Continuous >= weaker.Continuous && EasyPace(stronger) <= EasyPace(weaker) + 1e-9
        && GoalSeconds(stronger, goal) <= GoalSeconds(weaker, goal) + 1e-9;

    private static double GoalSeconds(CurrentAbility ability, Distance goal) => ability.RaceDistance is { } d
        ? Riegel.Predict(d, ability.Continuous, goal).TotalSeconds
        : goal.TotalKilometers * GoalPlanner.AssumedEasyPace.SecondsPerKilometer;

    private static double EasyPace(CurrentAbility ability) => ability.RaceDistance is { } d
        ? TrainingPaces.FromPerformance(d, ability.Continuous).Easy.Fast.SecondsPerKilometer
        : GoalPlanner.AssumedEasyPace.SecondsPerKilometer;

    internal static string Describe(GoalRequest r) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{r.Goal.Meters} m {r.Start:yyyy-MM-dd}→{r.By:yyyy-MM-dd} days {string.Join(',', r.Days)} long {r.LongRunDay} target {r.TargetTime} ") +
        $"bmi {r.Bmi} {Describe(r.Ability)}";

    internal static string Describe(CurrentAbility a) => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{a.Continuous.TotalSeconds:0.#} s over {a.RaceDistance?.Meters:0.#} m");

    private static DateOnly Never(DateOnly? date) => date ?? DateOnly.MaxValue;

    internal static DayOfWeek LongRunDay(GoalRequest request) => request.LongRunDay is { } day && request.Days.Contains(day)
        ? day
        : request.Days.OrderBy(d => ((int)d + 6) % 7).Last();

    /// <summary>Whole plan weeks of Harrier's own training: no Couch to 5K session, taper, goal day, or day past the goal date.</summary>
    internal static IEnumerable<PlanWeek> BuildWeeks(TrainingPlan plan, GoalRequest request)
    {
        var last = plan.Feasible ? request.By.AddDays(-8) : request.By;
        return plan.Weeks.Where(w => request.Start.AddDays(7 * w.Number - 1) <= last
            && w.Workouts.Any(x => x.Workout.IsRunning)
            && w.Workouts.All(x => !x.Workout.IsGoal && !x.Workout.Title.Contains(',', StringComparison.Ordinal)
                && !x.Workout.Title.EndsWith("taper run", StringComparison.Ordinal)));
    }

    internal static Gen<CurrentAbility> Abilities() => Gen.OneOf(
        Gen.Constant(CurrentAbility.None),
        Gen.Choose(1, 90).Select(m => CurrentAbility.CanRun(TimeSpan.FromMinutes(m))),
        from km in Gen.Elements(1.0, 3.0, 4.8, 5.0, 10.0, 21.0975)
        from vdot in Gen.Choose(25, 65)
        select CurrentAbility.Recent(Distance.FromKilometers(km), Vdot.RaceTime(vdot, Distance.FromKilometers(km))));

    internal static Arbitrary<GoalRequest> Requests() => RequestsWith(Abilities()).ToArbitrary();

    private static Arbitrary<(GoalRequest, CurrentAbility)> Pairs() =>
        (from request in RequestsWith(Abilities())
         from stronger in Stronger(request.Ability)
         select (request, stronger)).ToArbitrary();

    // Mostly abilities at least as strong: a longer "can run", a recent run further and at a higher VDOT.
    private static Gen<CurrentAbility> Stronger(CurrentAbility weaker) =>
        from extra in Gen.Choose(0, 40)
        from factor in Gen.Elements(1.0, 1.5, 2.0, 4.0)
        from vdot in Gen.Choose(0, 4)
        from kind in Gen.Choose(0, 2)
        select kind == 0 || weaker.RaceDistance is null && kind == 1
            ? CurrentAbility.CanRun(weaker.Continuous + TimeSpan.FromMinutes(extra))
            : StrongerRun(weaker, factor, vdot + Math.Max(34, weaker.RaceDistance is { } d ? Vdot.FromPerformance(d, weaker.Continuous) : 34));

    private static CurrentAbility StrongerRun(CurrentAbility weaker, double factor, double vdot)
    {
        var distance = Distance.FromMeters(Math.Min(21097.5, factor * (weaker.RaceDistance?.Meters ?? 5000)));
        return CurrentAbility.Recent(distance, Vdot.RaceTime(vdot, distance));
    }

    private static Gen<GoalRequest> RequestsWith(Gen<CurrentAbility> abilities) =>
        from a in abilities
        from goal in Gen.Elements(Distance.FromKilometers(3), Distance.FromKilometers(5), Distance.FromMiles(3.1),
            Distance.FromKilometers(10), Distance.FromKilometers(21.0975))
        from startOffset in Gen.Choose(0, 6)
        from length in Gen.Choose(2, 400)
        from mask in Gen.Choose(1, 127)
        from longRun in Gen.Choose(-1, 6)
        from target in Gen.Choose(0, 3)
        from heavy in Gen.Choose(0, 4)
        from unit in Gen.Elements(DistanceUnit.Kilometers, DistanceUnit.Miles)
        select new GoalRequest(Base.AddDays(startOffset), goal, Base.AddDays(startOffset + length),
            Enumerable.Range(0, 7).Where(i => (mask & (1 << i)) != 0).Select(i => (DayOfWeek)i).ToArray(), a)
        {
            LongRunDay = longRun < 0 ? null : (DayOfWeek)longRun,
            TargetTime = target == 0 ? TimeSpan.FromMinutes(goal.TotalKilometers * 6) : null,
            BodyMassKg = heavy == 0 ? 115 : null,
            HeightCm = heavy == 0 ? 175 : null,
            Unit = unit,
        };
}
