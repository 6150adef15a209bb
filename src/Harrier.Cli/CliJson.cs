using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harrier.Cli;

/// <summary>
/// The JSON settings of the CLI's --json output (coach, intake, daylight, group runs): camelCase, kebab-case enums, as the API;
/// apostrophes and "+" left readable, since the output goes to a terminal or a file, never into HTML.
/// </summary>
internal static class CliJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
