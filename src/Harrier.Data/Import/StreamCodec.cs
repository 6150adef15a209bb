using System.Buffers.Binary;
using System.IO.Compression;
using Harrier.Core.Activities;

namespace Harrier.Data.Import;

/// <summary>
/// Stores an activity's samples compactly: one column per measurement (times as milliseconds from the start, positions as
/// 1e-7 degree integers, the rest as 32-bit floats), then deflate. Columns of similar numbers compress far better than rows.
/// </summary>
/// <remarks>
/// Version 2 holds finished samples (<see cref="ActivitySample"/>): distance from the activity's start, cadence in steps per
/// minute on foot. Version 1 streams (stored before those rules) still decode; <c>harrier recompute</c> rewrites them.
/// </remarks>
public static class StreamCodec
{
    private const int Version = 2;
    private const int FirstVersion = 1;
    private const int NoPosition = int.MinValue;
    private const int NoTime = int.MinValue;

    public static byte[] Encode(ReadOnlySpan<ActivitySample> samples)
    {
        var n = samples.Length;
        var start = FirstTime(samples);
        var raw = new byte[16 + n * 4 * 9];
        var span = raw.AsSpan();
        BinaryPrimitives.WriteInt32LittleEndian(span, Version);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], n);
        BinaryPrimitives.WriteInt64LittleEndian(span[8..], start.Ticks);
        var column = span[16..];
        for (var i = 0; i < n; i++)
        {
            var s = samples[i];
            var ms = s.HasTime ? (long)(s.TimeUtc - start).TotalMilliseconds : NoTime;
            BinaryPrimitives.WriteInt32LittleEndian(column[(i * 4)..], (int)Math.Clamp(ms, int.MinValue + 1, int.MaxValue));
            BinaryPrimitives.WriteInt32LittleEndian(column[((n + i) * 4)..], Degrees(s.Latitude));
            BinaryPrimitives.WriteInt32LittleEndian(column[((2 * n + i) * 4)..], Degrees(s.Longitude));
            BinaryPrimitives.WriteSingleLittleEndian(column[((3 * n + i) * 4)..], (float)s.DistanceMeters);
            BinaryPrimitives.WriteSingleLittleEndian(column[((4 * n + i) * 4)..], s.AltitudeMeters);
            BinaryPrimitives.WriteSingleLittleEndian(column[((5 * n + i) * 4)..], s.SpeedMetersPerSecond);
            BinaryPrimitives.WriteSingleLittleEndian(column[((6 * n + i) * 4)..], s.HeartRate);
            BinaryPrimitives.WriteSingleLittleEndian(column[((7 * n + i) * 4)..], s.Cadence);
            BinaryPrimitives.WriteSingleLittleEndian(column[((8 * n + i) * 4)..], s.PowerWatts);
        }

        using var output = new MemoryStream();
        using (var deflate = new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(raw);
        }

        return output.ToArray();
    }

    public static ActivitySample[] Decode(byte[] encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        using var input = new ZLibStream(new MemoryStream(encoded), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var span = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (BinaryPrimitives.ReadInt32LittleEndian(span) is not (FirstVersion or Version))
        {
            throw new InvalidDataException("Unknown stream encoding version.");
        }

        var n = BinaryPrimitives.ReadInt32LittleEndian(span[4..]);
        var start = new DateTime(BinaryPrimitives.ReadInt64LittleEndian(span[8..]), DateTimeKind.Utc);
        var c = span[16..];
        var samples = new ActivitySample[n];
        for (var i = 0; i < n; i++)
        {
            var ms = BinaryPrimitives.ReadInt32LittleEndian(c[(i * 4)..]);
            samples[i] = new ActivitySample(
                ms == NoTime ? DateTime.MinValue : start.AddMilliseconds(ms),
                FromDegrees(BinaryPrimitives.ReadInt32LittleEndian(c[((n + i) * 4)..])),
                FromDegrees(BinaryPrimitives.ReadInt32LittleEndian(c[((2 * n + i) * 4)..])),
                BinaryPrimitives.ReadSingleLittleEndian(c[((3 * n + i) * 4)..]),
                BinaryPrimitives.ReadSingleLittleEndian(c[((4 * n + i) * 4)..]),
                BinaryPrimitives.ReadSingleLittleEndian(c[((5 * n + i) * 4)..]),
                BinaryPrimitives.ReadSingleLittleEndian(c[((6 * n + i) * 4)..]),
                BinaryPrimitives.ReadSingleLittleEndian(c[((7 * n + i) * 4)..]),
                BinaryPrimitives.ReadSingleLittleEndian(c[((8 * n + i) * 4)..]));
        }

        return samples;
    }

    private static DateTime FirstTime(ReadOnlySpan<ActivitySample> samples)
    {
        foreach (var s in samples)
        {
            if (s.HasTime)
            {
                return s.TimeUtc;
            }
        }

        return DateTime.UnixEpoch;
    }

    private static int Degrees(double value) => double.IsNaN(value) ? NoPosition : (int)Math.Round(value * 1e7);

    private static double FromDegrees(int value) => value == NoPosition ? double.NaN : value / 1e7;
}
