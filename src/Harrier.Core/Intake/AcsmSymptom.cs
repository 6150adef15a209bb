namespace Harrier.Core.Intake;

/// <summary>The signs and symptoms of cardiovascular, metabolic or renal disease the ACSM algorithm asks about (EVIDENCE §5.2 [S]).</summary>
public enum AcsmSymptom
{
    /// <summary>Pain or discomfort in the chest, neck, jaw, arms or elsewhere that may be ischaemic.</summary>
    ChestDiscomfort,

    /// <summary>Shortness of breath at rest or with mild exertion.</summary>
    Breathlessness,

    /// <summary>Dizziness or fainting.</summary>
    DizzinessOrFainting,

    /// <summary>Breathlessness lying flat or waking breathless at night.</summary>
    BreathlessLyingDown,

    /// <summary>Swollen ankles.</summary>
    AnkleSwelling,

    /// <summary>A pounding or racing heartbeat.</summary>
    Palpitations,

    /// <summary>Cramping leg pain on walking that eases with rest.</summary>
    Claudication,

    /// <summary>A known heart murmur.</summary>
    HeartMurmur,

    /// <summary>Unusual tiredness or breathlessness with usual activities.</summary>
    UnusualFatigue,
}
