namespace Harrier.Core.Screening;

/// <summary>How a warning-sign question is answered.</summary>
public enum RedFlagQuestionKind
{
    /// <summary>Yes or no.</summary>
    YesNo,

    /// <summary>No, or yes with when it last happened (<see cref="SymptomTiming"/>): its urgency depends on the time.</summary>
    Timing,
}
