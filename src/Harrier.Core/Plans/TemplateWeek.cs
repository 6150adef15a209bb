namespace Harrier.Core.Plans;

/// <summary>One week of a template: its workouts in order and, when the source names them, the weekdays it uses.</summary>
public sealed record TemplateWeek(int Number, IReadOnlyList<Workout> Workouts, IReadOnlyList<DayOfWeek>? Days);
