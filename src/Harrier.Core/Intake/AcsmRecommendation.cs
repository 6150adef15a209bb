namespace Harrier.Core.Intake;

/// <summary>The recommendations of the ACSM pre-participation algorithm (EVIDENCE §5.2 [S]), most relaxed first.</summary>
public enum AcsmRecommendation
{
    /// <summary>Active, no disease or symptoms: clearance not necessary; continue moderate or vigorous, progress gradually.</summary>
    NotNecessaryContinue,

    /// <summary>Not active, no disease or symptoms: clearance not necessary; light to moderate, progress gradually to vigorous.</summary>
    NotNecessaryStartLight,

    /// <summary>Active with known disease, no symptoms: clearance not necessary for moderate exercise.</summary>
    NotNecessaryForModerate,

    /// <summary>Active with known disease, no symptoms, heading for vigorous exercise: clearance recommended before vigorous.</summary>
    ClearanceBeforeVigorous,

    /// <summary>Not active, with known disease or symptoms: medical clearance recommended; then light to moderate.</summary>
    ClearanceRecommended,

    /// <summary>Active with symptoms: stop exercise and seek medical clearance before continuing.</summary>
    StopAndSeekClearance,
}
