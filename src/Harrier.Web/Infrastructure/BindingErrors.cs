using System.Text.Json;
using System.Text.RegularExpressions;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Turns a request body or parameter the API could not read (bad JSON, a wrong type, an unknown enum name) into field errors in
/// plain words, keyed like every other field error by the camelCase JSON name: "rpe": ["Give a number."], "hills": ["Use one of:
/// none, some, lots."]. No .NET type name or parser position reaches the caller.
/// </summary>
public static partial class BindingErrors
{
    /// <summary>Field errors for a binding failure.</summary>
    public static Dictionary<string, string[]> For(BadHttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.InnerException is JsonException json)
        {
            var field = Field(json.Path);
            var type = TargetType(json.Message);
            return new Dictionary<string, string[]> { [field ?? "body"] = [field is null ? BodyMessage(json) : Expected(type)] };
        }

        // Query and route values: 'Failed to bind parameter "int? weeks" from "x".'
        var parameter = ParameterPattern().Match(exception.Message);
        if (parameter.Success)
        {
            return new Dictionary<string, string[]> { [parameter.Groups["name"].Value] = [Expected(TypeByName(parameter.Groups["type"].Value))] };
        }

        return exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase)
            ? new Dictionary<string, string[]> { ["body"] = ["Send a JSON object in the request body."] }
            : new Dictionary<string, string[]> { ["request"] = ["The request could not be read."] };
    }

    private static string BodyMessage(JsonException json) =>
        json.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? "Send a JSON object in the request body."
            : "The request body is not valid JSON.";

    /// <summary>"$.marks[2].pain" → "marks[2].pain"; null for the body as a whole.</summary>
    private static string? Field(string? path) => path is null or "$" ? null : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    private static Type? TargetType(string message)
    {
        var match = ConvertedPattern().Match(message);
        return match.Success ? TypeByName(match.Groups["type"].Value) : null;
    }

    private static Type? TypeByName(string name)
    {
        var nullable = NullablePattern().Match(name);
        if (nullable.Success)
        {
            name = nullable.Groups["inner"].Value;
        }

        name = name.Trim().TrimEnd('?');
        var type = Type.GetType(name) ?? Simple(name);
        if (type is not null)
        {
            return type;
        }

        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name?.StartsWith("Harrier", StringComparison.Ordinal) == true))
        {
            if (assembly.GetType(name) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static Type? Simple(string name) => name switch
    {
        "int" => typeof(int),
        "long" => typeof(long),
        "double" => typeof(double),
        "bool" => typeof(bool),
        "string" => typeof(string),
        "DateOnly" => typeof(DateOnly),
        "DateTime" => typeof(DateTime),
        _ => null,
    };

    /// <summary>What the field takes, in plain words.</summary>
    private static string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        if (type is { IsEnum: true })
        {
            var names = Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n));
            return $"Use one of: {string.Join(", ", names)}.";
        }

        return type switch
        {
            null => "This value has the wrong type.",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "Give a whole number.",
            _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "Give a number.",
            _ when type == typeof(bool) => "Give true or false.",
            _ when type == typeof(DateOnly) => "Give a date as year-month-day, e.g. 2026-12-21.",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "Give a date and time, e.g. 2026-12-21T06:30:00Z.",
            _ when type == typeof(TimeOnly) => "Give a time as hours and minutes, e.g. 06:30.",
            _ when type == typeof(TimeSpan) => "Give a duration, e.g. 00:25:00.",
            _ when type == typeof(string) => "Give text.",
            _ when type.IsArray || (type.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(type)
                && type.GetGenericTypeDefinition() != typeof(Dictionary<,>)) => "Give a list.",
            _ => "Give an object with the documented fields.",
        };
    }

    [GeneratedRegex(@"could not be converted to (?<type>[^.\s][^\s]*?)\. Path", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedPattern();

    [GeneratedRegex(@"System\.Nullable`1\[(?<inner>[^\]]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex NullablePattern();

    [GeneratedRegex("parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
