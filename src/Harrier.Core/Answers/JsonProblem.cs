using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Harrier.Core.Answers;

/// <summary>
/// Turns a JSON reader's complaint about one field into plain words: which field, and what it must be ("hills must be one of:
/// none, some, lots"), never a .NET type name or a reader's position codes.
/// </summary>
/// <remarks>The field is found by walking the exception's path through the type being read (camelCase names, as the wire uses);
/// enum values are listed kebab-case, as they are written.</remarks>
public static partial class JsonProblem
{
    /// <summary>The field the complaint is about, as the wire names it ("hills", "painEntry.spreadsTo[0].region"), or "" for the
    /// whole text; and what is wrong with it in a plain sentence that names the field ("hills must be one of: none, some, lots.").</summary>
    /// <param name="exception">The reader's complaint.</param>
    /// <param name="root">The type that was being read.</param>
    /// <param name="prefix">The field the text was read from, when it was part of a larger object (e.g. "painEntry").</param>
    public static (string Field, string Message) Describe(JsonException exception, Type root, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(exception);
        ArgumentNullException.ThrowIfNull(root);
        var segments = Segments(exception.Path);
        var field = Join(prefix, string.Concat(segments.Select((s, i) => s.StartsWith('[') || i == 0 ? s : "." + s)));
        if (Unmapped().Match(exception.Message) is { Success: true } unmapped)
        {
            var name = unmapped.Groups[1].Value;
            field = field.EndsWith("." + name, StringComparison.Ordinal) ? field[..^(name.Length + 1)] : field == name ? "" : field;
            return (field, field.Length == 0 ? $"There is no field '{name}' (the fields are listed in docs/triage-input.md)."
                : $"{field} has no field '{name}' (the fields are listed in docs/triage-input.md).");
        }

        // A whole value read for a field of a larger object (prefix) is described by its own type.
        var type = segments.Count == 0 ? prefix is null ? null : root : Walk(root, segments);
        if (type is null)
        {
            var line = exception.LineNumber is { } l ? $" (line {l + 1})" : "";
            return (field, LooksInternal(exception.Message) ? $"{(field.Length == 0 ? "The text" : field)} is not valid JSON{line}." : Trim(exception.Message).TrimEnd('.') + line + ".");
        }

        return (field, $"{field} must be {Expected(type)}.");
    }

    /// <summary>What a value of <paramref name="type"/> looks like, in plain words: "one of: none, some, lots", "true or false".</summary>
    public static string Expected(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            var flags = type.IsDefined(typeof(FlagsAttribute));
            var names = Enum.GetValues(type).Cast<Enum>().Where(v => !flags || Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
                .Select(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));
            return "one of: " + string.Join(", ", names);
        }

        return type switch
        {
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "a number",
            _ when type == typeof(DateOnly) => "a date such as \"2027-01-31\"",
            _ when type == typeof(string) => "text in quotes",
            _ when Element(type) is { } element => $"a list of {Plural(element)}",
            _ => "an object { … }",
        };
    }

    private static string Plural(Type element) => Expected(element) switch
    {
        var e when e.StartsWith("one of: ", StringComparison.Ordinal) => "values, each " + e,
        var e => e,
    };

    private static Type? Walk(Type type, IReadOnlyList<string> segments)
    {
        var current = type;
        foreach (var segment in segments)
        {
            current = Nullable.GetUnderlyingType(current) ?? current;
            if (segment.StartsWith('['))
            {
                current = Element(current);
            }
            else
            {
                current = current.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .FirstOrDefault(p => string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase))?.PropertyType;
            }

            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static Type? Element(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];

    private static List<string> Segments(string? path)
    {
        var segments = new List<string>();
        if (string.IsNullOrEmpty(path))
        {
            return segments;
        }

        foreach (Match m in PathPart().Matches(path))
        {
            segments.Add(m.Groups["name"].Success ? m.Groups["name"].Value : m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value);
        }

        return segments;
    }

    private static string Join(string? prefix, string field) =>
        string.IsNullOrEmpty(prefix) ? field : field.Length == 0 ? prefix : field.StartsWith('[') ? prefix + field : prefix + "." + field;

    private static bool LooksInternal(string message) =>
        message.Contains("System.", StringComparison.Ordinal) || message.Contains("Harrier.", StringComparison.Ordinal)
        || message.Contains('`', StringComparison.Ordinal);

    // A reader's message without its position codes ("Path: $ | LineNumber: 0 | BytePositionInLine: 9.").
    private static string Trim(string message)
    {
        var cut = new[] { message.IndexOf(" Path:", StringComparison.Ordinal), message.IndexOf(" LineNumber:", StringComparison.Ordinal) }
            .Where(i => i >= 0).DefaultIfEmpty(message.Length).Min();
        return message[..cut].Trim();
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z_][A-Za-z0-9_]*)|\['(?<quoted>[^']*)'\]|\[\d+\]")]
    private static partial Regex PathPart();

    [GeneratedRegex(@"property '([^']*)' could not be mapped")]
    private static partial Regex Unmapped();
}
