
namespace Harrier.Core.Triage;

/// <summary>A question by its id and a short label.</summary>
public sealed record QuestionDocument(string Id, string Label);
