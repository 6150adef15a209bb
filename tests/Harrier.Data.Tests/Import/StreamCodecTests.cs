using Harrier.Core.Activities;
using Harrier.Data.Import;

namespace Harrier.Data.Tests.Import;

public sealed class StreamCodecTests
{
    [Fact]
    public void EncodeDecode_Samples_RoundTripWithinStoredPrecision()
    {
        var start = new DateTime(2026, 11, 25, 6, 0, 0, DateTimeKind.Utc);
        var samples = Enumerable.Range(0, 500).Select(i => new ActivitySample(
            start.AddSeconds(i), 51.5 + i * 1e-5, -0.12 - i * 1e-5, i * 2.8, 30 + i % 7, 2.8f, 140 + i % 20, 85, float.NaN)).ToArray();
        samples[10] = ActivitySample.Empty(start.AddSeconds(10));

        var encoded = StreamCodec.Encode(samples);
        var decoded = StreamCodec.Decode(encoded);

        Assert.Equal(samples.Length, decoded.Length);
        Assert.True(encoded.Length < samples.Length * 20, $"{encoded.Length} bytes for {samples.Length} samples is not compact.");
        for (var i = 0; i < samples.Length; i++)
        {
            Assert.Equal(samples[i].TimeUtc, decoded[i].TimeUtc);
            Assert.Equal(samples[i].HasPosition, decoded[i].HasPosition);
            if (samples[i].HasPosition)
            {
                Assert.Equal(samples[i].Latitude, decoded[i].Latitude, 7);
                Assert.Equal(samples[i].Longitude, decoded[i].Longitude, 7);
            }

            Assert.Equal(samples[i].HeartRate, decoded[i].HeartRate);
            Assert.True(float.IsNaN(decoded[i].PowerWatts));
        }
    }

    [Fact]
    public void Decode_UnknownVersion_Throws()
    {
        using var output = new MemoryStream();
        using (var zlib = new System.IO.Compression.ZLibStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write([9, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        }

        Assert.Throws<InvalidDataException>(() => StreamCodec.Decode(output.ToArray()));
    }
}
