namespace Harrier.Core.Plans;

// Everything GoalPlanner works out from a request before laying out weeks.
// Baseline: what the runner can run without stopping now (seconds; 0 when not running), counted as a run the day before the start.
// RaceSeconds: the goal run's running time: a Riegel prediction from a recent run, or the distance at the assumed easy pace, or the
// target time when that is slower (a faster target is the runner's aim, not what the 10% rule can count on). TargetSeconds: the long run the goal needs (see GoalPlanner.TargetFor). EntryWeek: the Couch to 5K week the runner
// would join, or null when they can already run 30 minutes. DirectAllowed: the plan may skip Couch to 5K (they can run 30
// minutes, or have run 5 km recently). ThresholdDay: where a threshold run goes.
internal sealed record GoalSetup(
    GoalRequest Request,
    IReadOnlySet<DayOfWeek> RunDays,
    IReadOnlySet<DayOfWeek> MobilityDays,
    DayOfWeek LongRunDay,
    DayOfWeek? ThresholdDay,
    GoalPaces Paces,
    int Baseline,
    int RaceSeconds,
    int TargetSeconds,
    int? EntryWeek,
    bool DirectAllowed)
{
    public DateOnly Start => Request.Start;

    public bool Novice => Request.Ability.IsNovice;

    /// <summary>True when BMI is over 30: week one stays under 3 km of running (Nielsen 2014).</summary>
    public bool CapWeekOne => Request.Bmi > GoalPlanner.BmiThreshold;

    /// <summary>True for a goal of 5 km or less: finishing Couch to 5K makes it reachable (the graduation run).</summary>
    public bool GraduationGoal => Request.Goal.Meters <= GoalPlanner.FiveK.Meters + GoalPlanner.GoalTolerance;
}
