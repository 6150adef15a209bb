namespace Harrier.Core.Screening;

/// <summary>One answer to a warning-sign question: yes or no, and for a timing question when it last happened.</summary>
/// <param name="Yes">True for yes.</param>
/// <param name="When">For a timing question answered yes: when the symptom last happened; null otherwise.</param>
public readonly record struct RedFlagAnswer(bool Yes, SymptomTiming? When = null)
{
    public static RedFlagAnswer No { get; } = new(false);

    public static RedFlagAnswer YesAnswer { get; } = new(true);

    /// <summary>A yes with its timing.</summary>
    public static RedFlagAnswer At(SymptomTiming when) => new(true, when);
}
