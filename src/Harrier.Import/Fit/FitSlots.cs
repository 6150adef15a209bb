namespace Harrier.Import.Fit;

/// <summary>Record field slots, resolved once.</summary>
internal static class RecordSlots
{
    private const FitMessageKind Kind = FitMessageKind.Record;
    public static readonly int Lat = FitProfile.SlotOf(Kind, RecordFields.Lat);
    public static readonly int Lon = FitProfile.SlotOf(Kind, RecordFields.Lon);
    public static readonly int Altitude = FitProfile.SlotOf(Kind, RecordFields.Altitude);
    public static readonly int HeartRate = FitProfile.SlotOf(Kind, RecordFields.HeartRate);
    public static readonly int Cadence = FitProfile.SlotOf(Kind, RecordFields.Cadence);
    public static readonly int Distance = FitProfile.SlotOf(Kind, RecordFields.Distance);
    public static readonly int Speed = FitProfile.SlotOf(Kind, RecordFields.Speed);
    public static readonly int Power = FitProfile.SlotOf(Kind, RecordFields.Power);
    public static readonly int CompressedSpeedDistance = FitProfile.SlotOf(Kind, RecordFields.CompressedSpeedDistance);
    public static readonly int FractionalCadence = FitProfile.SlotOf(Kind, RecordFields.FractionalCadence);
    public static readonly int EnhancedSpeed = FitProfile.SlotOf(Kind, RecordFields.EnhancedSpeed);
    public static readonly int EnhancedAltitude = FitProfile.SlotOf(Kind, RecordFields.EnhancedAltitude);
}

/// <summary>Event field slots, resolved once.</summary>
internal static class EventSlots
{
    public static readonly int Event = FitProfile.SlotOf(FitMessageKind.Event, EventFields.Event);
    public static readonly int EventType = FitProfile.SlotOf(FitMessageKind.Event, EventFields.EventType);
}

/// <summary>Session or lap field slots (the two messages number their fields differently).</summary>
internal sealed class TotalsSlots
{
    public static readonly TotalsSlots Session = new(FitMessageKind.Session, TotalsFields.SessionSport, TotalsFields.SessionAvgSpeed,
        TotalsFields.SessionMaxSpeed, TotalsFields.SessionAvgHr, TotalsFields.SessionMaxHr, TotalsFields.SessionAvgCadence,
        TotalsFields.SessionAscent, TotalsFields.SessionDescent, TotalsFields.SessionAvgFractionalCadence,
        TotalsFields.SessionEnhancedAvgSpeed, TotalsFields.SessionEnhancedMaxSpeed);

    public static readonly TotalsSlots Lap = new(FitMessageKind.Lap, TotalsFields.LapSport, TotalsFields.LapAvgSpeed,
        TotalsFields.LapMaxSpeed, TotalsFields.LapAvgHr, TotalsFields.LapMaxHr, TotalsFields.LapAvgCadence,
        TotalsFields.LapAscent, TotalsFields.LapDescent, TotalsFields.LapAvgFractionalCadence,
        TotalsFields.LapEnhancedAvgSpeed, TotalsFields.LapEnhancedMaxSpeed);

    private TotalsSlots(FitMessageKind kind, params int[] f)
    {
        StartTime = FitProfile.SlotOf(kind, TotalsFields.StartTime);
        Elapsed = FitProfile.SlotOf(kind, TotalsFields.TotalElapsedTime);
        Timer = FitProfile.SlotOf(kind, TotalsFields.TotalTimerTime);
        Distance = FitProfile.SlotOf(kind, TotalsFields.TotalDistance);
        Calories = FitProfile.SlotOf(kind, TotalsFields.TotalCalories);
        Sport = FitProfile.SlotOf(kind, f[0]);
        AvgSpeed = FitProfile.SlotOf(kind, f[1]);
        MaxSpeed = FitProfile.SlotOf(kind, f[2]);
        AvgHr = FitProfile.SlotOf(kind, f[3]);
        MaxHr = FitProfile.SlotOf(kind, f[4]);
        AvgCadence = FitProfile.SlotOf(kind, f[5]);
        Ascent = FitProfile.SlotOf(kind, f[6]);
        Descent = FitProfile.SlotOf(kind, f[7]);
        AvgFractionalCadence = FitProfile.SlotOf(kind, f[8]);
        EnhancedAvgSpeed = FitProfile.SlotOf(kind, f[9]);
        EnhancedMaxSpeed = FitProfile.SlotOf(kind, f[10]);
    }

    public int StartTime { get; }
    public int Elapsed { get; }
    public int Timer { get; }
    public int Distance { get; }
    public int Calories { get; }
    public int Sport { get; }
    public int AvgSpeed { get; }
    public int MaxSpeed { get; }
    public int AvgHr { get; }
    public int MaxHr { get; }
    public int AvgCadence { get; }
    public int Ascent { get; }
    public int Descent { get; }
    public int AvgFractionalCadence { get; }
    public int EnhancedAvgSpeed { get; }
    public int EnhancedMaxSpeed { get; }
}
