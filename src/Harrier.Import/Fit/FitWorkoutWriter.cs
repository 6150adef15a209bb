using System.Text;
using Harrier.Core.Plans;

namespace Harrier.Import.Fit;

/// <summary>Encodes a planned session as a FIT workout file (file type 5) that a Garmin watch can load and follow.</summary>
/// <remarks>
/// Messages, from the FIT SDK profile (Profile.xlsx) and its workout file description: file_id (global 0: type 5 workout,
/// manufacturer 255 development, product 0, serial_number, time_created), workout (global 26: wkt_name, sport, sub_sport,
/// num_valid_steps) and one workout_step (global 27) per step, with message_index, wkt_step_name, duration_type and
/// duration_value (time in ms, scale 1000; distance in cm, scale 100), target_type open, intensity, and notes when a step is
/// given both by time and distance. Repeated blocks become repeat steps (<see cref="Steps"/>).
/// </remarks>
public static class FitWorkoutWriter
{
    private const int MaxNameBytes = 64;

    /// <summary>The FIT file for <paramref name="workout"/>, named <paramref name="name"/> (cut to 64 UTF-8 bytes), created at <paramref name="created"/>.</summary>
    /// <returns>The file's bytes, header and CRCs included.</returns>
    public static byte[] Write(Workout workout, string name, DateTimeOffset created)
    {
        ArgumentNullException.ThrowIfNull(workout);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var steps = Steps(workout);
        var workoutName = Utf8(name);
        var w = new FitFileWriter();
        WriteFileId(w, workoutName, created);

        var (sport, subSport) = SportOf(workout.Kind);
        w.Define(1, 26, [
            (8, workoutName.Length + 1, FitFileWriter.String), (4, 1, FitFileWriter.Enum), (11, 1, FitFileWriter.Enum),
            (6, 2, FitFileWriter.UInt16),
        ]);
        w.Begin(1);
        w.WriteString(workoutName, workoutName.Length + 1);
        w.WriteByte(sport);
        w.WriteByte(subSport);
        w.WriteUInt16(checked((ushort)steps.Count));

        WriteSteps(w, steps);
        return w.ToArray();
    }

    /// <summary>The workout_step messages <see cref="Write"/> puts in the file for <paramref name="workout"/>, in order.</summary>
    public static IReadOnlyList<FitWorkoutStep> Steps(Workout workout)
    {
        ArgumentNullException.ThrowIfNull(workout);
        return FitWorkoutSteps.From(workout.Steps);
    }

    private static void WriteFileId(FitFileWriter w, byte[] name, DateTimeOffset created)
    {
        var fitSeconds = created.ToUnixTimeSeconds() - FitProfile.FitEpochUnixSeconds;
        ArgumentOutOfRangeException.ThrowIfNegative(fitSeconds, nameof(created));
        w.Define(0, 0, [(0, 1, FitFileWriter.Enum), (1, 2, FitFileWriter.UInt16), (2, 2, FitFileWriter.UInt16), (3, 4, FitFileWriter.UInt32Z),
            (4, 4, FitFileWriter.UInt32)]);
        w.Begin(0);
        w.WriteByte(5);
        w.WriteUInt16(255);
        w.WriteUInt16(0);
        w.WriteUInt32(SerialNumber(name, fitSeconds));
        w.WriteUInt32(checked((uint)fitSeconds));
    }

    private static void WriteSteps(FitFileWriter w, IReadOnlyList<FitWorkoutStep> steps)
    {
        var names = steps.Select(s => s.Name is null ? [] : Utf8(s.Name)).ToArray();
        var notes = steps.Select(s => s.Notes is null ? [] : Utf8(s.Notes)).ToArray();
        var nameSize = names.Max(n => n.Length) + 1;
        var notesSize = notes.Max(n => n.Length) + 1;
        var hasNotes = notesSize > 1;
        (int, int, byte)[] fields =
        [
            (254, 2, FitFileWriter.UInt16), (0, nameSize, FitFileWriter.String), (1, 1, FitFileWriter.Enum), (2, 4, FitFileWriter.UInt32),
            (3, 1, FitFileWriter.Enum), (4, 4, FitFileWriter.UInt32), (7, 1, FitFileWriter.Enum),
        ];
        w.Define(2, 27, hasNotes ? [.. fields, (8, notesSize, FitFileWriter.String)] : fields);
        for (var i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            w.Begin(2);
            w.WriteUInt16((ushort)s.MessageIndex);
            w.WriteString(names[i], nameSize);
            w.WriteByte((byte)s.DurationType);
            w.WriteUInt32(s.DurationValue ?? uint.MaxValue);
            w.WriteByte((byte)(s.TargetType ?? 0xFF));
            w.WriteUInt32(s.TargetValue ?? uint.MaxValue);
            w.WriteByte((byte)(s.Intensity is { } intensity ? (int)intensity : 0xFF));
            if (hasNotes)
            {
                w.WriteString(notes[i], notesSize);
            }
        }
    }

    /// <summary>FIT sport and sub_sport: running for runs and walk-runs, training with strength or flexibility, else generic.</summary>
    private static (byte Sport, byte SubSport) SportOf(WorkoutKind kind) => kind switch
    {
        WorkoutKind.Run or WorkoutKind.WalkRun => (1, 0),
        WorkoutKind.Strength => (10, 20),
        WorkoutKind.Mobility => (10, 19),
        _ => (0, 0),
    };

    /// <summary>UTF-8, cut at a character boundary to at most 64 bytes (a string field also needs its terminating zero).</summary>
    private static byte[] Utf8(string text)
    {
        var trimmed = text.Trim();
        var bytes = Encoding.UTF8.GetBytes(trimmed);
        if (bytes.Length <= MaxNameBytes)
        {
            return bytes;
        }

        var length = MaxNameBytes;
        while (length > 0 && (bytes[length] & 0xC0) == 0x80)
        {
            length--;
        }

        return bytes[..length];
    }

    /// <summary>A stable non-zero serial (uint32z) from the name and time, so two downloads of different sessions differ (FNV-1a).</summary>
    private static uint SerialNumber(byte[] name, long fitSeconds)
    {
        Span<byte> time = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(time, fitSeconds);
        var hash = 2166136261u;
        foreach (var b in name.Concat(time.ToArray()))
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        return hash == 0 ? 1 : hash;
    }
}
