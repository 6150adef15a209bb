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

    /// <summary>
    /// The weekdays <see cref="Apply"/> uses for <paramref name="days"/> (null: the template's own). A template for new runners
    /// given more days than it needs takes <see cref="DaysPerWeek"/> of them with a rest day between each two, when it can.
    /// </summary>
    public IReadOnlyList<DayOfWeek> DaysFor(IReadOnlyCollection<DayOfWeek>? days)
    {
        if (days is null)
        {
            return DefaultDays;
        }

        var distinct = days.Distinct().ToArray();
        return Audience == TemplateAudience.Novice && distinct.Length > DaysPerWeek
            ? RestDays.Spread(distinct, DaysPerWeek) ?? distinct
            : distinct;
    }

    /// <summary>
    /// For a template for new runners (<see cref="TemplateAudience.Novice"/>): a plain-words warning when its runs would fall on
    /// consecutive days on <paramref name="days"/> (null: the template's own), else null. The NHS advises a rest day between
    /// runs (EVIDENCE.md §1.1 [V]).
    /// </summary>
    public string? RestDayWarning(IReadOnlyCollection<DayOfWeek>? days)
    {
        var used = DaysFor(days);
        var pairs = RestDays.Consecutive(used);
        if (Audience != TemplateAudience.Novice || pairs.Count == 0 || used.Count < DaysPerWeek)
        {
            return null;
        }

        var together = string.Join("; ", pairs.Select(p => $"{p.First} and {p.Second}"));
        var example = RestDays.Spread(Enum.GetValues<DayOfWeek>(), DaysPerWeek) is { } spread ? $", for example {RestDays.Names(spread)}" : "";
        return $"{Name} is for new runners, and the NHS advises a rest day between runs. {together} are next to each other, so " +
            $"some runs fall on consecutive days. Choose days with a day between them{example}.";
    }

    /// <summary>Dates the template: week 1 is the seven days from <paramref name="start"/>, each later week the next seven.</summary>
    /// <param name="start">The first day of the plan (any weekday).</param>
    /// <param name="days">
    /// The runner's training days, or null for the template's own days. <see cref="DaysFor"/> says which are used; a week's n-th
    /// workout goes on the n-th of them that falls in that week, and a week with fewer workouts uses the first ones.
    /// </param>
    /// <returns>The plan, whose warnings carry the template's own caution and <see cref="RestDayWarning"/>.</returns>
    /// <exception cref="ArgumentException">Fewer distinct days than <see cref="DaysPerWeek"/>; <see cref="PlanInput.Validate"/> says so in words.</exception>
    public TrainingPlan Apply(DateOnly start, IReadOnlyCollection<DayOfWeek>? days = null)
    {
        if (days is not null && days.Distinct().Count() < DaysPerWeek)
        {
            throw new ArgumentException($"{Name} needs {DaysPerWeek} training days a week.", nameof(days));
        }

        var used = days is null ? null : DaysFor(days);
        var workouts = new List<PlannedWorkout>();
        foreach (var week in Weeks)
        {
            var weekStart = start.AddDays(7 * (week.Number - 1));
            var chosen = used ?? week.Days ?? DefaultDays;
            var dates = Enumerable.Range(0, 7).Select(weekStart.AddDays).Where(d => chosen.Contains(d.DayOfWeek)).ToArray();
            workouts.AddRange(week.Workouts.Select((w, i) => new PlannedWorkout(dates[i], week.Number, w)));
        }

        string?[] warnings = [Warning, RestDayWarning(days)];
        return new TrainingPlan(Name, Source, (used ?? DefaultDays).ToArray(), workouts) {
            Warnings = warnings.OfType<string>().ToArray(),
            ForNewRunners = Audience == TemplateAudience.Novice,
        };
    }
}
