namespace Harrier.Import.Fit;

// Field numbers from the FIT profile, grouped per message. Slots are assigned in the order of each All array.

internal static class FileIdFields
{
    public const int Type = 0, Manufacturer = 1, Product = 2, SerialNumber = 3, TimeCreated = 4, ProductName = 8;
    public static readonly int[] All = [Type, Manufacturer, Product, SerialNumber, TimeCreated, ProductName];
}

internal static class DeviceInfoFields
{
    public const int DeviceIndex = 0, Manufacturer = 2, Product = 4, SoftwareVersion = 5, BatteryVoltage = 10;
    public static readonly int[] All = [DeviceIndex, Manufacturer, Product, SoftwareVersion, BatteryVoltage];
}

internal static class RecordFields
{
    public const int Lat = 0, Lon = 1, Altitude = 2, HeartRate = 3, Cadence = 4, Distance = 5, Speed = 6, Power = 7;
    public const int CompressedSpeedDistance = 8, FractionalCadence = 53, EnhancedSpeed = 73, EnhancedAltitude = 78;
    public static readonly int[] All =
    [
        Lat, Lon, Altitude, HeartRate, Cadence, Distance, Speed, Power, CompressedSpeedDistance, FractionalCadence, EnhancedSpeed,
        EnhancedAltitude,
    ];
}

internal static class EventFields
{
    public const int Event = 0, EventType = 1, Data = 3;
    public static readonly int[] All = [Event, EventType, Data];
}

internal static class ActivityFields
{
    public const int TotalTimerTime = 0, NumSessions = 1, LocalTimestamp = 5;
    public static readonly int[] All = [TotalTimerTime, NumSessions, LocalTimestamp];
}

internal static class SportFields
{
    public const int Sport = 0, SubSport = 1, Name = 3;
    public static readonly int[] All = [Sport, SubSport, Name];
}

internal static class HrvFields
{
    public const int Time = 0;
    public static readonly int[] All = [Time];
}

internal static class LengthFields
{
    public const int StartTime = 2, TotalElapsedTime = 3, TotalTimerTime = 4, TotalStrokes = 5, LengthType = 12;
    public static readonly int[] All = [StartTime, TotalElapsedTime, TotalTimerTime, TotalStrokes, LengthType];
}

internal static class DeveloperDataIdFields
{
    public const int ManufacturerId = 2, DeveloperDataIndex = 3, ApplicationVersion = 4;
    public static readonly int[] All = [ManufacturerId, DeveloperDataIndex, ApplicationVersion];
}

internal static class FieldDescriptionFields
{
    public const int DeveloperDataIndex = 0, FieldDefinitionNumber = 1, BaseType = 2, FieldName = 3, Scale = 6, Offset = 7;
    public const int Units = 8, NativeMessage = 14, NativeField = 15;
    public static readonly int[] All =
        [DeveloperDataIndex, FieldDefinitionNumber, BaseType, FieldName, Scale, Offset, Units, NativeMessage, NativeField];
}

internal static class WorkoutFields
{
    public const int Sport = 4, NumValidSteps = 6, Name = 8, SubSport = 11;
    public static readonly int[] All = [Sport, NumValidSteps, Name, SubSport];
}

internal static class WorkoutStepFields
{
    public const int Name = 0, DurationType = 1, DurationValue = 2, TargetType = 3, TargetValue = 4, Intensity = 7, Notes = 8, MessageIndex = 254;
    public static readonly int[] All = [Name, DurationType, DurationValue, TargetType, TargetValue, Intensity, Notes, MessageIndex];
}

/// <summary>Session (18) and lap (19) share most fields but number them differently.</summary>
internal static class TotalsFields
{
    public const int StartTime = 2, TotalElapsedTime = 7, TotalTimerTime = 8, TotalDistance = 9, TotalCalories = 11;

    // Session numbering.
    public const int SessionSport = 5, SessionAvgSpeed = 14, SessionMaxSpeed = 15, SessionAvgHr = 16, SessionMaxHr = 17;
    public const int SessionAvgCadence = 18, SessionAscent = 22, SessionDescent = 23, SessionAvgFractionalCadence = 92;
    public const int SessionEnhancedAvgSpeed = 124, SessionEnhancedMaxSpeed = 125;

    // Lap numbering.
    public const int LapAvgSpeed = 13, LapMaxSpeed = 14, LapAvgHr = 15, LapMaxHr = 16, LapAvgCadence = 17;
    public const int LapAscent = 21, LapDescent = 22, LapSport = 25, LapAvgFractionalCadence = 80;
    public const int LapEnhancedAvgSpeed = 110, LapEnhancedMaxSpeed = 111;

    public static readonly int[] SessionAll =
    [
        StartTime, TotalElapsedTime, TotalTimerTime, TotalDistance, TotalCalories, SessionSport, SessionAvgSpeed, SessionMaxSpeed,
        SessionAvgHr, SessionMaxHr, SessionAvgCadence, SessionAscent, SessionDescent, SessionAvgFractionalCadence,
        SessionEnhancedAvgSpeed, SessionEnhancedMaxSpeed,
    ];

    public static readonly int[] LapAll =
    [
        StartTime, TotalElapsedTime, TotalTimerTime, TotalDistance, TotalCalories, LapSport, LapAvgSpeed, LapMaxSpeed,
        LapAvgHr, LapMaxHr, LapAvgCadence, LapAscent, LapDescent, LapAvgFractionalCadence, LapEnhancedAvgSpeed, LapEnhancedMaxSpeed,
    ];
}
