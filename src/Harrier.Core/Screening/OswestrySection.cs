namespace Harrier.Core.Screening;

/// <summary>The ten sections of the Oswestry Disability Index v2.1a, in questionnaire order (EVIDENCE.md §4.5) [S].</summary>
public enum OswestrySection
{
    PainIntensity,
    PersonalCare,
    Lifting,
    Walking,
    Sitting,
    Standing,
    Sleeping,

    /// <summary>Sex life, "if applicable": the section a runner may leave out.</summary>
    SexLife,
    SocialLife,
    Travelling,
}
