namespace Harrier.Core.Intake;

/// <summary>The ACSM signs and symptoms in plain words, as the intake asks about them.</summary>
public static class AcsmSymptomWords
{
    public static string Words(this AcsmSymptom symptom) => symptom switch
    {
        AcsmSymptom.ChestDiscomfort => "Pain or discomfort in the chest, neck, jaw or arms",
        AcsmSymptom.Breathlessness => "Short of breath at rest or with light effort",
        AcsmSymptom.DizzinessOrFainting => "Dizziness or fainting",
        AcsmSymptom.BreathlessLyingDown => "Breathless when lying flat, or waking up breathless at night",
        AcsmSymptom.AnkleSwelling => "Swollen ankles",
        AcsmSymptom.Palpitations => "A pounding or racing heartbeat",
        AcsmSymptom.Claudication => "Cramping pain in the legs when walking that goes with rest",
        AcsmSymptom.HeartMurmur => "A known heart murmur",
        AcsmSymptom.UnusualFatigue => "Unusual tiredness or breathlessness with everyday activities",
        _ => throw new ArgumentOutOfRangeException(nameof(symptom), symptom, null),
    };
}
