namespace Harrier.Core.Remedies;

/// <summary>The default number of pairs for an experiment, and why it is fewer than a verdict needs (or cannot fit) when it is.</summary>
/// <param name="Pairs">Pairs to offer: the most that end before the plan's goal day, up to <see cref="RemedyExperiment.NeededPairs"/>.</param>
/// <param name="Note">Why the default is what it is, in plain words; null when nothing limits it.</param>
/// <param name="GoalDay">The day the experiment should end before: the plan's goal day, or its last session; null without a plan.</param>
public sealed record ExperimentLength(int Pairs, string? Note, DateOnly? GoalDay);
