namespace Harrier.Core.Intake;

/// <summary>The intensity a runner is heading for, in the ACSM bands (EVIDENCE §5.2 [S]).</summary>
public enum ExerciseIntensity
{
    /// <summary>30–39% of heart-rate reserve, 2–2.9 METs, RPE 9–11 (6–20): walking, very easy jogging.</summary>
    Light,

    /// <summary>40–59% of heart-rate reserve, 3–5.9 METs, RPE 12–13: easy running, able to talk in sentences.</summary>
    Moderate,

    /// <summary>60% or more of heart-rate reserve, 6 METs or more, RPE 14 or more: faster running, racing.</summary>
    Vigorous,
}
