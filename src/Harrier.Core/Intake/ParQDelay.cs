namespace Harrier.Core.Intake;

/// <summary>A PAR-Q+ reason to delay becoming more active, with what to do.</summary>
/// <param name="Id">The question's id.</param>
/// <param name="Text">The question.</param>
/// <param name="Advice">What to do when the answer is yes.</param>
public sealed record ParQDelay(string Id, string Text, string Advice);
