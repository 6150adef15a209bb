namespace Harrier.Import.Fit;

/// <summary>The part of the FIT profile Harrier uses: global message numbers and, per message, the fields it reads.</summary>
/// <remarks>
/// Field numbers, scales and offsets follow the FIT SDK profile (Profile.xlsx, "Messages" sheet). Each field of interest
/// gets a small "slot" number so a data message can be decoded into a fixed array without allocating.
/// Slot 1 is always the timestamp (field 253) so compressed timestamps can be tracked for every message.
/// </remarks>
internal static class FitProfile
{
    public const int TimestampField = 253;
    public const int TimestampSlot = 1;

    /// <summary>Seconds between the Unix epoch and the FIT epoch (1989-12-31T00:00:00Z).</summary>
    public const long FitEpochUnixSeconds = 631065600;

    /// <summary>Degrees per semicircle: 180 / 2^31.</summary>
    public const double DegreesPerSemicircle = 180.0 / 2147483648.0;

    private static readonly byte[][] SlotMaps = BuildSlotMaps();

    public static FitMessageKind KindOf(int globalMessage) => globalMessage switch
    {
        0 => FitMessageKind.FileId,
        12 => FitMessageKind.Sport,
        18 => FitMessageKind.Session,
        19 => FitMessageKind.Lap,
        20 => FitMessageKind.Record,
        21 => FitMessageKind.Event,
        23 => FitMessageKind.DeviceInfo,
        26 => FitMessageKind.Workout,
        27 => FitMessageKind.WorkoutStep,
        34 => FitMessageKind.Activity,
        78 => FitMessageKind.Hrv,
        101 => FitMessageKind.Length,
        206 => FitMessageKind.FieldDescription,
        207 => FitMessageKind.DeveloperDataId,
        _ => FitMessageKind.Other,
    };

    /// <summary>The slot of a field in a message kind, or 0 when Harrier does not read it.</summary>
    public static int SlotOf(FitMessageKind kind, int fieldNumber) => SlotMaps[(int)kind][fieldNumber];

    /// <summary>Fields read as raw bytes (strings and arrays) rather than as one number.</summary>
    public static bool IsRaw(FitMessageKind kind, int fieldNumber) => (kind, fieldNumber) switch
    {
        (FitMessageKind.FileId, FileIdFields.ProductName) => true,
        (FitMessageKind.Sport, SportFields.Name) => true,
        (FitMessageKind.Hrv, HrvFields.Time) => true,
        (FitMessageKind.FieldDescription, FieldDescriptionFields.FieldName) => true,
        (FitMessageKind.FieldDescription, FieldDescriptionFields.Units) => true,
        (FitMessageKind.Record, RecordFields.CompressedSpeedDistance) => true,
        (FitMessageKind.Workout, WorkoutFields.Name) => true,
        (FitMessageKind.WorkoutStep, WorkoutStepFields.Name) => true,
        (FitMessageKind.WorkoutStep, WorkoutStepFields.Notes) => true,
        _ => false,
    };

    /// <summary>Converts a FIT date_time (seconds since the FIT epoch) to UTC.</summary>
    /// <remarks>
    /// A value outside the uint32 range (possible only when a file declares an odd base type) gives <see cref="DateTime.MinValue"/>.
    /// </remarks>
    public static DateTime ToUtc(double fitSeconds) => fitSeconds is >= 0 and <= uint.MaxValue
        ? new(FitEpochTicks + ((long)fitSeconds * TimeSpan.TicksPerSecond), DateTimeKind.Utc)
        : DateTime.MinValue;

    /// <summary>A duration from a value in milliseconds (scale 1000), or null when absent or out of range.</summary>
    public static TimeSpan? Milliseconds(double value) =>
        value is >= 0 and <= uint.MaxValue ? TimeSpan.FromSeconds(value / 1000) : null;

    private static readonly long FitEpochTicks = DateTime.UnixEpoch.Ticks + (FitEpochUnixSeconds * TimeSpan.TicksPerSecond);

    private static byte[][] BuildSlotMaps()
    {
        var kinds = Enum.GetValues<FitMessageKind>();
        var maps = new byte[kinds.Length][];
        foreach (var kind in kinds)
        {
            var map = new byte[256];
            map[TimestampField] = TimestampSlot;
            byte slot = TimestampSlot + 1;
            foreach (var field in FieldsOf(kind))
            {
                map[field] = slot++;
            }

            maps[(int)kind] = map;
        }

        return maps;
    }

    private static int[] FieldsOf(FitMessageKind kind) => kind switch
    {
        FitMessageKind.FileId => FileIdFields.All,
        FitMessageKind.DeviceInfo => DeviceInfoFields.All,
        FitMessageKind.Session => TotalsFields.SessionAll,
        FitMessageKind.Lap => TotalsFields.LapAll,
        FitMessageKind.Record => RecordFields.All,
        FitMessageKind.Event => EventFields.All,
        FitMessageKind.Activity => ActivityFields.All,
        FitMessageKind.Sport => SportFields.All,
        FitMessageKind.Hrv => HrvFields.All,
        FitMessageKind.Length => LengthFields.All,
        FitMessageKind.DeveloperDataId => DeveloperDataIdFields.All,
        FitMessageKind.FieldDescription => FieldDescriptionFields.All,
        FitMessageKind.Workout => WorkoutFields.All,
        FitMessageKind.WorkoutStep => WorkoutStepFields.All,
        _ => [],
    };
}
