using Harrier.Import.Fit;
using static Harrier.Import.Tests.Fit.FitBuilder;

namespace Harrier.Import.Tests.Fit;

public sealed class FitDecoderTests
{
    private const int Record = 20;
    private const long Time0 = 1_000_000_000; // 2021-09-08T01:46:40Z as FIT seconds

    private static readonly (int, int, byte)[] RecordFields =
    [
        (253, 4, BtUInt32), (0, 4, BtSInt32), (1, 4, BtSInt32), (2, 2, BtUInt16), (3, 1, BtUInt8), (4, 1, BtUInt8), (5, 4, BtUInt32), (6, 2, BtUInt16),
    ];

    private static byte[][] RecordValues(long time, bool bigEndian = false) =>
    [
        U32(time, bigEndian), S32(Semicircles(51.5), bigEndian), S32(Semicircles(-0.125), bigEndian), U16((100 + 500) * 5, bigEndian),
        U8(150), U8(85), U32(123_456, bigEndian), U16(3_250, bigEndian),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Decode_RecordMessage_AppliesProfileScaleAndOffset(bool bigEndian)
    {
        var file = new FitBuilder().Definition(0, Record, bigEndian, RecordFields).Data(0, RecordValues(Time0, bigEndian)).Build();
        var decoder = new FitDecoder();

        Assert.True(decoder.Decode(file));
        var s = Assert.Single(decoder.Samples.ToArray());
        Assert.Equal(new DateTime(2021, 9, 8, 1, 46, 40, DateTimeKind.Utc), s.TimeUtc);
        Assert.Equal(51.5, s.Latitude, 6);
        Assert.Equal(-0.125, s.Longitude, 6);
        Assert.Equal(100f, s.AltitudeMeters, 3);
        Assert.Equal(150f, s.HeartRate);
        Assert.Equal(85f, s.Cadence);
        Assert.Equal(1234.56, s.DistanceMeters, 6);
        Assert.Equal(3.25f, s.SpeedMetersPerSecond, 4);
        Assert.Empty(decoder.Issues);
    }

    [Fact]
    public void Decode_InvalidSentinels_BecomeMissingValues()
    {
        var file = new FitBuilder().Definition(0, Record, false, RecordFields)
            .Data(0, U32(Time0), S32(int.MaxValue), S32(int.MaxValue), U16(0xFFFF), U8(0xFF), U8(0xFF), U32(uint.MaxValue), U16(0xFFFF)).Build();
        var decoder = new FitDecoder();

        decoder.Decode(file);
        var s = decoder.Samples[0];
        Assert.False(s.HasPosition);
        Assert.False(s.HasAltitude);
        Assert.False(s.HasHeartRate);
        Assert.False(s.HasCadence);
        Assert.False(s.HasDistance);
        Assert.True(float.IsNaN(s.SpeedMetersPerSecond));
    }

    [Fact]
    public void Decode_CompressedTimestamps_AddOffsetAndRollOver()
    {
        // Time0 % 32 == 0, so a first offset of 10 gives Time0 + 10; then 3 < 10 rolls over to Time0 + 35.
        var file = new FitBuilder()
            .Definition(0, Record, false, (253, 4, BtUInt32), (3, 1, BtUInt8)).Data(0, U32(Time0), U8(100))
            .Definition(1, Record, false, (3, 1, BtUInt8)).CompressedData(1, 10, U8(101)).CompressedData(1, 3, U8(102)).Build();
        var decoder = new FitDecoder();

        decoder.Decode(file);
        var times = decoder.Samples.ToArray().Select(s => (s.TimeUtc - decoder.Samples[0].TimeUtc).TotalSeconds).ToArray();
        Assert.Equal([0.0, 10, 35], times);
    }

    [Fact]
    public void Decode_EnhancedAndFractionalFields_ExpandIntoSample()
    {
        var file = new FitBuilder()
            .Definition(0, Record, false, (253, 4, BtUInt32), (73, 4, BtUInt32), (78, 4, BtUInt32), (4, 1, BtUInt8), (53, 1, BtUInt8))
            .Data(0, U32(Time0), U32(4_500), U32((2_000 + 500) * 5), U8(88), U8(64)).Build();
        var decoder = new FitDecoder();

        decoder.Decode(file);
        Assert.Equal(4.5f, decoder.Samples[0].SpeedMetersPerSecond, 4);
        Assert.Equal(2000f, decoder.Samples[0].AltitudeMeters, 3);
        Assert.Equal(88.5f, decoder.Samples[0].Cadence, 4);
    }

    [Fact]
    public void Decode_CompressedSpeedDistance_AccumulatesWithRollover()
    {
        // speed 12 bits (scale 100), distance 12 bits (scale 16, accumulated): 4000 -> 4090 -> 10 (rolled over) = 90 + 16 units.
        static byte[] Packed(int speed, int distance) { var v = speed | (distance << 12); return [(byte)v, (byte)(v >> 8), (byte)(v >> 16)]; }
        var file = new FitBuilder().Definition(0, Record, false, (253, 4, BtUInt32), (8, 3, BtByte))
            .Data(0, U32(Time0), Packed(300, 4000)).Data(0, U32(Time0 + 1), Packed(310, 4090)).Data(0, U32(Time0 + 2), Packed(320, 10)).Build();
        var decoder = new FitDecoder();

        decoder.Decode(file);
        Assert.Equal([0.0, 90 / 16.0, 106 / 16.0], decoder.Samples.ToArray().Select(s => s.DistanceMeters));
        Assert.Equal(3.2f, decoder.Samples[2].SpeedMetersPerSecond, 4);
    }

    [Fact]
    public void Decode_DeveloperFields_DescribedDecodedUndescribedSkipped()
    {
        var file = new FitBuilder()
            .Definition(0, 207, false, (3, 1, BtUInt8)).Data(0, U8(0))
            .Definition(1, 206, false, (0, 1, BtUInt8), (1, 1, BtUInt8), (2, 1, BtUInt8), (3, 16, BtString), (8, 8, BtString), (14, 2, BtUInt16), (15, 1, BtUInt8))
            .Data(1, U8(0), U8(0), U8(BtUInt8), Text("Heart Rate", 16), Text("bpm", 8), U16(20), U8(3))
            .Definition(2, Record, false, [(253, 4, BtUInt32), (5, 4, BtUInt32)], [(0, 1, 0), (1, 2, 0)])
            .Data(2, U32(Time0), U32(1000), U8(151), U16(7)).Build();
        var decoder = new FitDecoder();

        Assert.True(decoder.Decode(file));
        Assert.Equal(151f, decoder.Samples[0].HeartRate);
        Assert.Equal(10.0, decoder.Samples[0].DistanceMeters, 6);
        var field = Assert.Single(decoder.Collector.DeveloperFields);
        Assert.Equal(("Heart Rate", "bpm", 1), (field.Name, field.Units, field.Count));
    }

    [Fact]
    public void Decode_StringAndArrayFields_AreRead()
    {
        var file = new FitBuilder()
            .Definition(0, 0, false, (0, 1, BtEnum), (1, 2, BtUInt16), (8, 12, BtString)).Data(0, U8(4), U16(1), Text("Test Watch", 12))
            .Definition(1, 78, false, (0, 6, BtUInt16)).Data(1, U16(800), U16(850), U16(0xFFFF)).Build();
        var decoder = new FitDecoder();

        decoder.Decode(file);
        Assert.Equal("Test Watch", decoder.Collector.Creator);
        Assert.Equal(4, decoder.Collector.FileType);
        Assert.Equal([0.8, 0.85], decoder.Collector.RrIntervals);
    }

    [Theory]
    [InlineData(7200, 120)]
    [InlineData(-18000, -300)]
    [InlineData(19800 + 7, 330)] // India, with a few seconds of clock skew
    [InlineData(86400, null)] // a day off is not a time zone
    public void Decode_ActivityLocalTimestamp_GivesUtcOffset(int offsetSeconds, int? expectedMinutes)
    {
        var file = new FitBuilder().Definition(0, 34, false, (253, 4, BtUInt32), (5, 4, BtUInt32))
            .Data(0, U32(Time0), U32(Time0 + offsetSeconds)).Build();
        var parser = new FitParser();

        var activity = parser.Parse(file).Only().Activity;

        Assert.Equal(expectedMinutes is { } m ? TimeSpan.FromMinutes(m) : null, activity.UtcOffset);
    }

    [Fact]
    public void Decode_ChainedFiles_AreMerged()
    {
        var one = new FitBuilder().Definition(0, Record, false, RecordFields).Data(0, RecordValues(Time0)).Build();
        var two = new FitBuilder().Definition(3, Record, true, RecordFields).Data(3, RecordValues(Time0 + 5, bigEndian: true)).Build();
        var decoder = new FitDecoder();

        Assert.True(decoder.Decode([.. one, .. two]));
        Assert.Equal(2, decoder.FileCount);
        Assert.Equal(2, decoder.Samples.Length);
        Assert.Empty(decoder.Issues);
    }

    [Fact]
    public void Decode_BadHeaderAndFileCrc_ReportIssuesButReadData()
    {
        var file = new FitBuilder().Definition(0, Record, false, RecordFields).Data(0, RecordValues(Time0)).Build();
        file[12] ^= 0xFF;
        file[^1] ^= 0xFF;
        var decoder = new FitDecoder();

        Assert.True(decoder.Decode(file));
        Assert.Equal(1, decoder.Samples.Length);
        Assert.Contains(decoder.Issues, i => i.Message.StartsWith("Header CRC mismatch", StringComparison.Ordinal));
        Assert.Contains(decoder.Issues, i => i.Message.StartsWith("File CRC mismatch", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_UndefinedLocalType_StopsWithIssue()
    {
        var file = new FitBuilder().Definition(0, Record, false, RecordFields).Data(0, RecordValues(Time0)).Raw(0x05, 1, 2, 3).Build();
        var decoder = new FitDecoder();

        Assert.True(decoder.Decode(file));
        Assert.Contains(decoder.Issues, i => i.Message.Contains("undefined local message type", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[0], ParseErrorKind.Truncated)]
    [InlineData(new byte[] { 14, 0x20, 0, 0 }, ParseErrorKind.BadHeader)]
    [InlineData(new byte[] { 14, 0x20, 0, 0, 0, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'X', 0, 0 }, ParseErrorKind.BadHeader)]
    [InlineData(new byte[] { 14, 0x20, 0, 0, 2, 0, 0, 0, (byte)'.', (byte)'F', (byte)'I', (byte)'T', 0, 0 }, ParseErrorKind.Truncated)]
    public void Decode_UnusableInput_GivesSpecificError(byte[] data, ParseErrorKind kind)
    {
        var decoder = new FitDecoder();

        Assert.False(decoder.Decode(data));
        Assert.Equal(kind, decoder.Error!.Kind);
    }

    [Fact]
    public void Compute_CheckValue_MatchesFitCrc16()
    {
        // The CRC-16/ARC check value for "123456789" is 0xBB3D, which the FIT nibble algorithm also produces.
        Assert.Equal(0xBB3D, FitCrc.Compute("123456789"u8));
    }
}
