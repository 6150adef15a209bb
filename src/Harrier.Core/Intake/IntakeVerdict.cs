namespace Harrier.Core.Intake;

/// <summary>The intake's outcome, combining the PAR-Q+ and the ACSM algorithm; a larger value is more cautious.</summary>
public enum IntakeVerdict
{
    /// <summary>Some questions that apply are not answered.</summary>
    Incomplete,

    /// <summary>No clearance needed: start (or carry on) and build up gradually.</summary>
    Cleared,

    /// <summary>Cleared for moderate running; medical clearance recommended before vigorous running.</summary>
    ClearanceBeforeVigorous,

    /// <summary>See a qualified exercise professional or health-care provider (or complete the ePARmed-X+) before becoming more active.</summary>
    SeeProfessional,

    /// <summary>Medical clearance recommended before starting.</summary>
    MedicalClearance,

    /// <summary>A temporary reason to wait before becoming more active (an illness, pregnancy).</summary>
    Delay,

    /// <summary>Stop exercising and seek medical clearance before continuing.</summary>
    StopAndSeekClearance,
}
