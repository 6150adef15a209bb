namespace Harrier.Core.Screening;

/// <summary>One yes/no red-flag question, as the runner sees it.</summary>
/// <param name="Id">The id answers are keyed by.</param>
/// <param name="Text">The question in plain words.</param>
/// <param name="NeedsAge">True when its answer only counts together with the runner's age.</param>
public sealed record RedFlagQuestion(string Id, string Text, bool NeedsAge);
