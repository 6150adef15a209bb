namespace Harrier.Import.Fit;

/// <summary>A workout file's workout message (global 26) and its steps, as read by <see cref="FitDecoder"/>.</summary>
/// <param name="Name">wkt_name (field 8), or null.</param>
/// <param name="Sport">sport (field 4), the FIT enum value (1 running), or null.</param>
/// <param name="SubSport">sub_sport (field 11), or null.</param>
/// <param name="StepCount">num_valid_steps (field 6), or null.</param>
/// <param name="Steps">The workout_step messages in file order.</param>
public sealed record FitWorkout(string? Name, int? Sport, int? SubSport, int? StepCount, IReadOnlyList<FitWorkoutStep> Steps);
