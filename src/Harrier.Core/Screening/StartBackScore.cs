namespace Harrier.Core.Screening;

/// <summary>A scored STarT Back questionnaire.</summary>
/// <param name="Total">Sum of items 1–9 (0–9).</param>
/// <param name="Psychosocial">Psychosocial subscale, sum of items 5–9 (0–5).</param>
/// <param name="Risk">Risk group from the two scores.</param>
public sealed record StartBackScore(int Total, int Psychosocial, StartBackRisk Risk);
