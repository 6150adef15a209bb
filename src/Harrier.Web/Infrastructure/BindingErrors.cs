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
            var type = MemberType(TargetType(json.Message), json.Path);
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

    /// <summary>
    /// The type of the value at <paramref name="path"/>: the serializer names the member's own type, except for a record's
    /// constructor parameter, where it names the record ("could not be converted to MeUpdate. Path: $.distanceUnit"). Then the
    /// path's last member is looked up on that type (a list's element type for "days[3]").
    /// </summary>
    private static Type? MemberType(Type? named, string? path)
    {
        if (named is null || path is null || IsLeaf(named))
        {
            return named;
        }

        var segment = LastMemberPattern().Match(path);
        if (!segment.Success)
        {
            return named;
        }

        var name = segment.Groups["name"].Value;
        var property = named.GetProperties().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (property is null)
        {
            return named;
        }

        var type = property.PropertyType;
        if (segment.Groups["index"].Success && ElementType(type) is { } element)
        {
            return element;
        }

        return type;
    }

    private static bool IsLeaf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum || type.IsPrimitive || type == typeof(string) || type == typeof(decimal) || type == typeof(DateOnly)
            || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeOnly) || type == typeof(TimeSpan);
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var element] ? element
        : null;

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

    /// <summary>The last member of a JSON path and whether an index follows it: "$.marks[2].pain" → pain; "$.days[3]" → days, indexed.</summary>
    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<index>\[\d+\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex LastMemberPattern();

    [GeneratedRegex(@"could not be converted to (?<type>[^.\s][^\s]*?)\. Path", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertedPattern();

    [GeneratedRegex(@"System\.Nullable`1\[(?<inner>[^\]]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex NullablePattern();

    [GeneratedRegex("parameter \"(?<type>[^ \"]+) (?<name>[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterPattern();
}
