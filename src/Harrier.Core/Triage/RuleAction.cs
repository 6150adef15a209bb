namespace Harrier.Core.Triage;

/// <summary>Something to try, as an exercise-library id with a dose.</summary>
/// <param name="Exercise">The exercise library's id, e.g. "glute-bridge".</param>
/// <param name="Dose">How much and how often, in plain words.</param>
public sealed record RuleAction(string Exercise, string Dose);
