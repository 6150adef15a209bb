using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harrier.Data.Ownership;

/// <summary>
/// How account.json is written and read: camelCase names, enums as kebab-case names (never numbers), instants in UTC with their
/// "Z", and every field the shape declares required, so a damaged or hand-edited document is refused rather than half-read.
/// </summary>
internal static class ExportJson
{
    public const string DocumentEntry = "account.json";

    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false), new UtcConverter() },
    };

    /// <summary>Reads only instants with an offset, given back in UTC; writes them in UTC with "Z".</summary>
    private sealed class UtcConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var value) && value.Kind != DateTimeKind.Unspecified
                ? value.ToUniversalTime()
                : throw new JsonException($"'{text}' is not a UTC instant (e.g. 2026-11-25T07:30:00Z).");
        }

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
    }
}
