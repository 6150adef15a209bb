using System.Globalization;
using System.Text;
using System.Text.Json;
using Harrier.Core.Activities;
using Harrier.Core.Units;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Harrier.Data.Import;

/// <summary>
/// The shaped parts of <see cref="RunMetrics"/> as small JSON columns: splits as <c>[[metres, seconds], …]</c> (numbered by
/// position) and the heart-rate histogram as <c>{"from": bpm, "seconds": [ … ]}</c>.
/// </summary>
internal static class MetricsJson
{
    public const int MaxSplitsText = 200_000;
    public const int MaxHistogramText = 8_000;

    public static readonly ValueConverter<IReadOnlyList<Split>, string> SplitsConverter = new(s => WriteSplits(s), j => ReadSplits(j));

    public static readonly ValueComparer<IReadOnlyList<Split>> SplitsComparer = new(
        (a, b) => a == b || (a != null && b != null && a.SequenceEqual(b)),
        s => s.Aggregate(0, (hash, split) => HashCode.Combine(hash, split)),
        s => s.ToArray());

    public static readonly ValueConverter<HeartRateHistogram, string> HistogramConverter = new(h => WriteHistogram(h), j => ReadHistogram(j));

    public static readonly ValueComparer<HeartRateHistogram> HistogramComparer = new(
        (a, b) => a == b || (a != null && b != null && a.FirstBeatsPerMinute == b.FirstBeatsPerMinute && a.Seconds.SequenceEqual(b.Seconds)),
        h => HashCode.Combine(h.FirstBeatsPerMinute, h.Seconds.Count),
        h => h);

    /// <summary>Splits as <c>[[metres, seconds], …]</c>, each rounded to a tenth.</summary>
    public static string WriteSplits(IReadOnlyList<Split> splits)
    {
        var text = new StringBuilder("[");
        foreach (var split in splits)
        {
            text.Append(text.Length > 1 ? ",[" : "[")
                .Append(Math.Round(split.Distance.Meters, 1).ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(Math.Round(split.MovingTime.TotalSeconds, 1).ToString("R", CultureInfo.InvariantCulture)).Append(']');
        }

        return text.Append(']').ToString();
    }

    /// <summary>The splits written by <see cref="WriteSplits"/>; none for an empty column (recordings stored before splits were).</summary>
    public static IReadOnlyList<Split> ReadSplits(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select((pair, i) =>
            new Split(i + 1, Distance.FromMeters(pair[0].GetDouble()), TimeSpan.FromSeconds(pair[1].GetDouble())))];
    }

    /// <summary>The histogram as <c>{"from": bpm, "seconds": [ … ]}</c>.</summary>
    public static string WriteHistogram(HeartRateHistogram histogram) =>
        JsonSerializer.Serialize(new HistogramDocument(histogram.FirstBeatsPerMinute, [.. histogram.Seconds]), JsonSerializerOptions.Web);

    /// <summary>The histogram written by <see cref="WriteHistogram"/>; empty for an empty column.</summary>
    public static HeartRateHistogram ReadHistogram(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return HeartRateHistogram.Empty;
        }

        var document = JsonSerializer.Deserialize<HistogramDocument>(json, JsonSerializerOptions.Web);
        return document is null || document.Seconds.Length == 0 ? HeartRateHistogram.Empty : new HeartRateHistogram(document.From, document.Seconds);
    }

    private sealed record HistogramDocument(int From, double[] Seconds);
}
