namespace Harrier.Core.Screening;

/// <summary>One warning-sign question, as the runner sees it.</summary>
/// <param name="Id">The id answers are keyed by.</param>
/// <param name="Text">The question in plain words.</param>
/// <param name="NeedsAge">True when its answer only counts together with the runner's age.</param>
/// <param name="Kind">Yes/no, or a timing question that also asks when.</param>
/// <param name="AskIf">A question id: this follow-up is asked (and needed for a complete screen) only when that one is answered yes.</param>
/// <param name="Label">A short plain name for what the question is about, used when listing what was not answered.</param>
public sealed record RedFlagQuestion(
    string Id, string Text, bool NeedsAge, RedFlagQuestionKind Kind = RedFlagQuestionKind.YesNo, string? AskIf = null, string? Label = null);
