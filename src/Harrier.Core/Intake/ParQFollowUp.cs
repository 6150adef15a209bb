namespace Harrier.Core.Intake;

/// <summary>A PAR-Q+ follow-up category: the question that opens it, and its sub-questions asked only after a yes.</summary>
/// <param name="Id">The category's id (also the id of its opening question).</param>
/// <param name="Ask">The opening question.</param>
/// <param name="Questions">The sub-questions.</param>
public sealed record ParQFollowUp(string Id, string Ask, IReadOnlyList<ParQQuestion> Questions);
