namespace Harrier.Core.Exercises;

/// <summary>The shape of <c>exercises.rules.json</c>: one object with the list of exercises.</summary>
internal sealed record ExerciseFile(IReadOnlyList<Exercise> Exercises);
