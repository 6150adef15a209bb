namespace Harrier.Core.Intake;

/// <summary>What the PAR-Q+ says, from its published logic (EVIDENCE §5.1).</summary>
public enum ParQOutcome
{
    /// <summary>Some questions that apply are not answered yet.</summary>
    Incomplete,

    /// <summary>Every page-1 answer is no: cleared for physical activity.</summary>
    Cleared,

    /// <summary>A page-1 yes, but every follow-up answer is no: ready to become more active.</summary>
    ReadyAfterFollowUp,

    /// <summary>A follow-up yes: complete the ePARmed-X+ or see a qualified exercise professional or health-care provider first.</summary>
    SeeProfessional,

    /// <summary>A temporary illness or pregnancy: delay becoming more active (with the advice given).</summary>
    Delay,
}
