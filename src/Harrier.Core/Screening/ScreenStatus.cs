namespace Harrier.Core.Screening;

/// <summary>How much of the warning-signs check was answered.</summary>
public enum ScreenStatus
{
    /// <summary>No question was answered: nothing was screened, so no all-clear can be given.</summary>
    NotScreened,

    /// <summary>Some questions (or the age some questions need) are missing.</summary>
    Partial,

    /// <summary>Every question that applies was answered, with the age.</summary>
    Complete,
}
