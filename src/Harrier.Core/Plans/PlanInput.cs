using System.Globalization;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>
/// A plan request as the runner enters it in the wizard, the API or the CLI: a published template from a start day on chosen
/// weekdays, or a goal distance by a date. <see cref="Validate"/> holds the one set of input rules all three share.
/// </summary>
/// <remarks>
/// Text fields use <see cref="GoalText"/>'s syntax ("5k", "half"; "none", "20min", "5k in 32:00"; "32:00" or "1:05:30"). Bounds:
/// the start is today or within a year; the goal is up to a half marathon and its day after the start and at most
/// <see cref="GoalPlanner.HorizonYears"/> years after it; "can run" up to <see cref="MaxContinuousMinutes"/> minutes; a recent run
/// from 400 m to a marathon and a recent run or target time between <see cref="FastestPace"/> and <see cref="SlowestPace"/>; body
/// mass 30–300 kg and height 120–230 cm, both or neither.
/// </remarks>
public sealed record PlanInput
{
    public const int MaxContinuousMinutes = 300;
    public const double MinBodyMassKg = 30;
    public const double MaxBodyMassKg = 300;
    public const double MinHeightCm = 120;
    public const double MaxHeightCm = 230;

    /// <summary>The longest text any field takes (a template id, a goal, an ability, a time), in characters.</summary>
    public const int MaxTextLength = 100;

    /// <summary>The fastest pace accepted for a recent run or a target (2:00 per km, faster than any world record).</summary>
    public static readonly Pace FastestPace = Pace.FromSecondsPerKilometer(120);

    /// <summary>The slowest pace accepted (20:00 per km, a slow walk).</summary>
    public static readonly Pace SlowestPace = Pace.FromSecondsPerKilometer(1200);

    private static readonly Distance ShortestRecentRun = Distance.FromMeters(400);
    private static readonly Distance LongestRecentRun = Distance.FromMeters(42195 + GoalPlanner.GoalTolerance);

    /// <summary>A template id (see <see cref="PlanTemplates.All"/>); leave empty to plan for a goal.</summary>
    public string? Template { get; init; }

    /// <summary>The plan's first day; today when null.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Training weekdays. A template with none uses its own days (unless <see cref="DaysChosen"/>); a goal needs at least one.</summary>
    public IReadOnlyList<DayOfWeek> Days { get; init => field = value ?? []; } = [];

    /// <summary>
    /// True when the runner was asked for days and answered (the wizard's day boxes, an API request with "days", the CLI's
    /// --days): then none at all is a mistake to point out, not a wish for the programme's own days.
    /// </summary>
    public bool DaysChosen { get; init; }

    /// <summary>Goal distance as text: 5k, 10k, 3mi, half.</summary>
    public string? Goal { get; init; }

    public DateOnly? By { get; init; }

    /// <summary>What the runner can do now: none (also when empty), "20min", or "5k in 32:00".</summary>
    public string? Current { get; init; }

    /// <summary>Optional finishing time for the goal, mm:ss or h:mm:ss.</summary>
    public string? TargetTime { get; init; }

    public DayOfWeek? LongRunDay { get; init; }

    public double? WeightKg { get; init; }

    public double? HeightCm { get; init; }

    /// <summary>Usual session times: weekday text → 24-hour "HH:mm" (see <see cref="SessionTimeText"/>); null or empty for none.</summary>
    public IReadOnlyDictionary<string, string>? Times { get; init; }

    /// <summary>The unit the plan is written in.</summary>
    public DistanceUnit Unit { get; init; } = DistanceUnit.Kilometers;

    public bool IsTemplate => !string.IsNullOrWhiteSpace(Template);

    /// <summary>Checks every field against the rules; <paramref name="today"/> is the runner's today.</summary>
    /// <returns>Problems and cautions keyed by <see cref="PlanField"/> name, and what to build when there are no problems.</returns>
    public PlanInputCheck Validate(DateOnly today)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var warnings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var start = Start ?? today;
        if (start < today)
        {
            Add(errors, PlanField.Start, "Start today or later.");
        }
        else if (start > today.AddYears(1))
        {
            Add(errors, PlanField.Start, string.Create(CultureInfo.InvariantCulture, $"Start within a year, by {today.AddYears(1):yyyy-MM-dd}."));
        }

        // The other fields are checked against a start that is in range, so a far-off start is one error, never an overflow.
        if (errors.ContainsKey(PlanField.Start))
        {
            start = today;
        }

        var times = ReadTimes(errors);
        CheckLengths(errors);
        var check = IsTemplate ? ValidateTemplate(start, errors, warnings) : ValidateGoal(start, errors, warnings);
        var trainingDays = check.TemplateDays ?? check.Template?.DefaultDays ?? (IsTemplate ? null : Days);
        if (trainingDays is not null && times.Keys.Where(d => !trainingDays.Contains(d)).ToArray() is { Length: > 0 } spare)
        {
            Add(warnings, PlanField.Times, $"{RestDays.Names(spare)} {(spare.Length == 1 ? "is" : "are")} not among your training days; " +
                "the time is kept for any session you move there.");
        }

        return new PlanInputCheck(errors, warnings)
        {
            Start = check.Start, Template = check.Template, TemplateDays = check.TemplateDays, Goal = check.Goal, Times = times, Unit = Unit,
        };
    }

    private Dictionary<DayOfWeek, TimeOnly> ReadTimes(Dictionary<string, List<string>> errors)
    {
        if (Times is null || Times.Count == 0)
        {
            return [];
        }

        if (SessionTimeText.TryParseTimes(Times, out var times, out var error))
        {
            return times;
        }

        Add(errors, PlanField.Times, error);
        return [];
    }

    private void CheckLengths(Dictionary<string, List<string>> errors)
    {
        foreach (var (field, text) in new[] { (PlanField.Template, Template), (PlanField.Goal, Goal), (PlanField.Current, Current), (PlanField.TargetTime, TargetTime) })
        {
            if (text is { Length: > MaxTextLength })
            {
                Add(errors, field, string.Create(CultureInfo.InvariantCulture, $"Keep this to {MaxTextLength} characters."));
            }
        }

        if (Days.Count > 7 || Days.Any(d => !Enum.IsDefined(d)))
        {
            Add(errors, PlanField.Days, "Give each weekday at most once, by name (monday to sunday).");
        }

        if (LongRunDay is { } longRun && !Enum.IsDefined(longRun))
        {
            Add(errors, PlanField.LongRunDay, "Choose the long-run day by name (monday to sunday).");
        }
    }

    private PlanInputCheck ValidateTemplate(DateOnly start, Dictionary<string, List<string>> errors, Dictionary<string, List<string>> warnings)
    {
        // A programme has its own length and ignores the goal fields a form may still send, but never takes them out of any sane range.
        if (By is { } by && (by < start.AddYears(-1) || by > GoalPlanner.LatestGoalDay(start)))
        {
            Add(errors, PlanField.By, string.Create(CultureInfo.InvariantCulture,
                $"A programme needs no goal day; leave it out, or choose one by {GoalPlanner.LatestGoalDay(start):yyyy-MM-dd}."));
        }

        ReadBody(errors);
        if (errors.ContainsKey(PlanField.Template))
        {
            return new PlanInputCheck(errors, warnings) { Start = start };
        }

        var template = PlanTemplates.Find(Template!.Trim());
        var days = Days.Count == 0 ? null : Days.Distinct().ToArray();
        if (template is null)
        {
            Add(errors, PlanField.Template,
                $"There is no programme '{Template.Trim()}'. Choose one of {string.Join(", ", PlanTemplates.All.Select(t => t.Id))}.");
        }
        else if (days is null && DaysChosen)
        {
            Add(errors, PlanField.Days, $"Choose the days you can train: {template.Name} needs {template.DaysPerWeek} a week.");
        }
        else if (days is not null && days.Length < template.DaysPerWeek)
        {
            Add(errors, PlanField.Days, $"{template.Name} needs {template.DaysPerWeek} training days a week; you chose {days.Length}.");
        }
        else if (template.RestDayWarning(days) is { } rest)
        {
            Add(warnings, PlanField.Days, rest);
        }

        return new PlanInputCheck(errors, warnings) { Start = start, Template = errors.Count == 0 ? template : null, TemplateDays = days };
    }

    private PlanInputCheck ValidateGoal(DateOnly start, Dictionary<string, List<string>> errors, Dictionary<string, List<string>> warnings)
    {
        if (Days.Count == 0)
        {
            Add(errors, PlanField.Days, "Choose the days you can train.");
        }
        else if (LongRunDay is { } longRun && !Days.Contains(longRun))
        {
            Add(warnings, PlanField.LongRunDay, $"{longRun} is not one of your training days, so the long run will be on your last " +
                "training day of the week.");
        }

        var goal = ReadGoal(errors);
        ReadBy(start, errors);
        var ability = ReadAbility(errors);
        var target = ReadTarget(goal, errors);
        ReadBody(errors);
        var request = errors.Count > 0 ? null : new GoalRequest(start, goal!.Value, By!.Value, Days.Distinct().ToArray(), ability!)
        {
            TargetTime = target, LongRunDay = LongRunDay, BodyMassKg = WeightKg, HeightCm = HeightCm, Unit = Unit,
        };
        return new PlanInputCheck(errors, warnings) { Start = start, Goal = request };
    }

    private Distance? ReadGoal(Dictionary<string, List<string>> errors)
    {
        if (GoalText.TryParseDistance(Goal, out var goal) && goal.Meters <= GoalPlanner.LongestGoal.Meters + 50)
        {
            return goal;
        }

        Add(errors, PlanField.Goal, "Choose a goal distance up to a half marathon: 5k, 10k, 3mi or half.");
        return null;
    }

    private void ReadBy(DateOnly start, Dictionary<string, List<string>> errors)
    {
        var latest = GoalPlanner.LatestGoalDay(start);
        if (By is not { } by || by <= start)
        {
            Add(errors, PlanField.By, "Choose a goal day after the start.");
        }
        else if (by > latest)
        {
            Add(errors, PlanField.By, string.Create(CultureInfo.InvariantCulture,
                $"Choose a goal day within {GoalPlanner.HorizonYears} years of the start, by {latest:yyyy-MM-dd} at the latest. ") +
                "Plan for a nearer goal first.");
        }
    }

    private CurrentAbility? ReadAbility(Dictionary<string, List<string>> errors)
    {
        if (!GoalText.TryParseAbility(string.IsNullOrWhiteSpace(Current) ? "none" : Current, out var ability))
        {
            Add(errors, PlanField.Current, "Write none, the minutes you can run without stopping (20min), or a recent run (5k in 32:00).");
            return null;
        }

        var problem = ability.RaceDistance is { } distance
            ? distance < ShortestRecentRun || distance > LongestRecentRun
                ? "Give a recent run from 400 m to a marathon."
                : PaceProblem(distance, ability.Continuous, "your recent run")
            : ability.Continuous > TimeSpan.FromMinutes(MaxContinuousMinutes)
                ? $"Write at most {MaxContinuousMinutes} minutes ({MaxContinuousMinutes}min) if you can run longer than that."
                : null;
        if (problem is not null)
        {
            Add(errors, PlanField.Current, problem);
        }

        return problem is null ? ability : null;
    }

    private TimeSpan? ReadTarget(Distance? goal, Dictionary<string, List<string>> errors)
    {
        if (string.IsNullOrWhiteSpace(TargetTime))
        {
            return null;
        }

        if (!DurationText.TryParse(TargetTime, out var target) || target <= TimeSpan.Zero)
        {
            Add(errors, PlanField.TargetTime, "Write the target time as mm:ss or h:mm:ss.");
            return null;
        }

        if (goal is { } g && PaceProblem(g, target, "your target") is { } problem)
        {
            Add(errors, PlanField.TargetTime, problem);
        }

        return target;
    }

    private void ReadBody(Dictionary<string, List<string>> errors)
    {
        if ((WeightKg is null) != (HeightCm is null))
        {
            Add(errors, PlanField.HeightCm, "Give both body mass and height, or neither.");
        }

        if (WeightKg is < MinBodyMassKg or > MaxBodyMassKg)
        {
            Add(errors, PlanField.WeightKg, "Enter a body mass between 30 and 300 kg, or leave it empty.");
        }

        if (HeightCm is < MinHeightCm or > MaxHeightCm)
        {
            Add(errors, PlanField.HeightCm, "Enter a height between 120 and 230 cm, or leave it empty.");
        }
    }

    private string? PaceProblem(Distance distance, TimeSpan time, string what)
    {
        var pace = Pace.Of(distance, time)!.Value;
        return pace.SecondsPerKilometer < FastestPace.SecondsPerKilometer || pace.SecondsPerKilometer > SlowestPace.SecondsPerKilometer
            ? $"{DurationText.Format(time)} works out at {pace.Format(Unit)} for {what}, which is not a running pace: " +
              "write the time as mm:ss or h:mm:ss."
            : null;
    }

    private static void Add(Dictionary<string, List<string>> messages, string field, string message)
    {
        if (!messages.TryGetValue(field, out var list))
        {
            messages[field] = list = [];
        }

        list.Add(message);
    }
}
