using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harrier.Core.Answers;

/// <summary>
/// Enums in JSON as their kebab-case names and nothing else: <c>BodyRegion.LowerBack</c> is read from and written as
/// <c>"lower-back"</c> (letter case ignored when reading); a number, the C# name <c>"LowerBack"</c>, an unknown name or an undefined
/// value is a <see cref="JsonException"/> (which the API turns into a field error listing the names). A <see cref="FlagsAttribute"/>
/// enum is written as its members' names joined by ", " and read from one name or such a list. Also for dictionary keys.
/// </summary>
/// <remarks>
/// <see cref="JsonStringEnumConverter"/> with a naming policy also accepts the C# names and, unless told otherwise, numbers, so the
/// API would take <c>"LowerBack"</c> beside <c>"lower-back"</c>: one vocabulary needs a converter that knows only the one.
/// </remarks>
public sealed class KebabCaseEnumConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter?)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert));

    /// <summary>The kebab-case name of <paramref name="value"/>'s member, as this converter writes it.</summary>
    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private sealed class Converter<T> : JsonConverter<T> where T : struct, Enum
    {
        private static readonly bool IsFlags = typeof(T).IsDefined(typeof(FlagsAttribute), inherit: false);

        private static readonly FrozenDictionary<string, T> ByName = Enum.GetNames<T>()
            .ToFrozenDictionary(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n), Enum.Parse<T>, StringComparer.OrdinalIgnoreCase);

        private static readonly FrozenDictionary<T, string> Names = Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => Name(v));

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()) : throw new JsonException();

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WriteStringValue(Format(value));
        }

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString());

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            writer.WritePropertyName(Format(value));
        }

        private static T Parse(string? text)
        {
            if (text is null)
            {
                throw new JsonException();
            }

            if (ByName.TryGetValue(text.Trim(), out var value))
            {
                return value;
            }

            if (!IsFlags || !text.Contains(',', StringComparison.Ordinal))
            {
                throw new JsonException();
            }

            ulong bits = 0;
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                bits |= ByName.TryGetValue(part, out var member) ? Convert.ToUInt64(member, System.Globalization.CultureInfo.InvariantCulture) : throw new JsonException();
            }

            return (T)Enum.ToObject(typeof(T), bits);
        }

        private static string Format(T value)
        {
            if (Names.TryGetValue(value, out var name))
            {
                return name;
            }

            if (IsFlags)
            {
                var members = Enum.GetValues<T>().Where(m => Convert.ToUInt64(m, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(m)).ToArray();
                var covered = members.Aggregate(0UL, (bits, m) => bits | Convert.ToUInt64(m, System.Globalization.CultureInfo.InvariantCulture));
                if (members.Length > 0 && covered == Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture))
                {
                    return string.Join(", ", members.Select(m => Names[m]));
                }
            }

            throw new JsonException($"{value} is not a defined {typeof(T).Name}.");
        }
    }
}
