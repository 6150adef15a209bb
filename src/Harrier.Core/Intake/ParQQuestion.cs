namespace Harrier.Core.Intake;

/// <summary>One yes/no PAR-Q+ question.</summary>
/// <param name="Id">The id answers are keyed by.</param>
/// <param name="Text">The question as the runner reads it.</param>
public sealed record ParQQuestion(string Id, string Text);
