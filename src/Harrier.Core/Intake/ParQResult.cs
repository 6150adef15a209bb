namespace Harrier.Core.Intake;

/// <summary>The PAR-Q+ result.</summary>
/// <param name="Outcome">What the form's logic says.</param>
/// <param name="Missing">Ids of questions that apply and are not answered, in asking order.</param>
/// <param name="Reasons">The yes answers that led to the outcome, as question texts.</param>
public sealed record ParQResult(ParQOutcome Outcome, IReadOnlyList<string> Missing, IReadOnlyList<string> Reasons);
