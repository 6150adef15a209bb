namespace Harrier.Core.Triage;

/// <summary>Something to try: an exercise from the library by its name, with a dose.</summary>
/// <param name="ExerciseId">The library's id, for a link to its page.</param>
/// <param name="Name">The exercise's name as the library gives it.</param>
/// <param name="Dose">How much and how often, in plain words.</param>
public sealed record SuggestedExercise(string ExerciseId, string Name, string Dose);
