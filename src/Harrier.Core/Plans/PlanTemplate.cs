namespace Harrier.Core.Plans;

/// <summary>A published or Harrier-designed plan kept as a data file (<c>*.template.json</c>) with its source and evidence.</summary>
public sealed record PlanTemplate(
    string Id,
    string Name,
    string Summary,
    TemplateAudience Audience,
    string? Warning,
    string Source,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<DayOfWeek> DefaultDays,
    IReadOnlyList<TemplateWeek> Weeks)
{
    /// <summary>The most sessions any week asks for: the number of training days the runner must choose.</summary>
    public int DaysPerWeek => Weeks.Max(w => w.Workouts.Count);

    /// <summary>Dates the template: week 1 is the seven days from <paramref name="start"/>, each later week the next seven.</summary>
    /// <param name="start">The first day of the plan (any weekday).</param>
    /// <param name="days">
    /// The runner's training days, or null for the template's own days. A week's n-th workout goes on the n-th chosen day that
    /// falls in that week; a week with fewer workouts uses the first ones.
    /// </param>
    public TrainingPlan Apply(DateOnly start, IReadOnlyCollection<DayOfWeek>? days = null)
    {
        if (days is not null && days.Distinct().Count() < DaysPerWeek)
        {
            throw new ArgumentException($"{Name} needs {DaysPerWeek} training days a week.", nameof(days));
        }

        var workouts = new List<PlannedWorkout>();
        foreach (var week in Weeks)
        {
            var weekStart = start.AddDays(7 * (week.Number - 1));
            var chosen = days ?? week.Days ?? DefaultDays;
            var dates = Enumerable.Range(0, 7).Select(weekStart.AddDays).Where(d => chosen.Contains(d.DayOfWeek)).ToArray();
            workouts.AddRange(week.Workouts.Select((w, i) => new PlannedWorkout(dates[i], week.Number, w)));
        }

        var warnings = Warning is null ? Array.Empty<string>() : [Warning];
        return new TrainingPlan(Name, Source, (days ?? DefaultDays).ToArray(), workouts) { Warnings = warnings };
    }
}
