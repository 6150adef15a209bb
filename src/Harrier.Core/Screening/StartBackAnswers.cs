namespace Harrier.Core.Screening;

/// <summary>A complete set of STarT Back answers: items 1–8 agree/disagree, item 9 how bothersome.</summary>
/// <param name="Agree">Items 1–8 in order; true for "Agree".</param>
/// <param name="Bother">Item 9.</param>
public sealed record StartBackAnswers(IReadOnlyList<bool> Agree, StartBackBother Bother)
{
    /// <summary>Number of agree/disagree items (items 1–8).</summary>
    public const int AgreeItems = 8;

    public IReadOnlyList<bool> Agree { get; } = Agree?.Count == AgreeItems ? Agree.ToArray()
        : throw new ArgumentException($"STarT Back has {AgreeItems} agree/disagree items.", nameof(Agree));

    public StartBackBother Bother { get; } = Enum.IsDefined(Bother) ? Bother
        : throw new ArgumentOutOfRangeException(nameof(Bother), Bother, "Not an item 9 answer.");
}
