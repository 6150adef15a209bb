namespace Harrier.Core.Triage;

/// <summary>Points a rule earns when all its answer conditions hold, with the sentence shown as evidence.</summary>
/// <param name="When">Every condition must hold.</param>
/// <param name="Points">Points added to the contributor's score.</param>
/// <param name="Says">The evidence sentence; <c>{name}</c> is replaced by that answer's value.</param>
public sealed record RuleCue(IReadOnlyList<AnswerCondition> When, int Points, string Says);
