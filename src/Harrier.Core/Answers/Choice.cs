using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Text.Json;

namespace Harrier.Core.Answers;

/// <summary>
/// Reads a choice posted as text (a form's option value): a member's name, as C# writes it (<c>LowerBack</c>) or in kebab case
/// (<c>lower-back</c>), letter case ignored. Unlike <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> it never takes a
/// number, so <c>64</c> or <c>9</c> cannot become a value no option offers (and that nothing can read back).
/// </summary>
public static class Choice
{
    private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, Enum>> ByName = new();

    /// <summary>True and the member when <paramref name="text"/> names one of <typeparamref name="T"/>'s members.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        var found = TryParse(typeof(T), text, out var member);
        value = found ? (T)member! : default;
        return found;
    }

    /// <summary>True and the member when <paramref name="text"/> names one of the members of <paramref name="enumType"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="enumType"/> is not an enum.</exception>
    public static bool TryParse(Type enumType, string? text, out Enum? value)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        value = null;
        return text is not null && ByName.GetOrAdd(enumType, Names).TryGetValue(text.Trim(), out value);
    }

    private static FrozenDictionary<string, Enum> Names(Type enumType) => Enum.GetNames(enumType)
        .SelectMany(n => new[] { (Name: n, Value: (Enum)Enum.Parse(enumType, n)), (Name: JsonNamingPolicy.KebabCaseLower.ConvertName(n), Value: (Enum)Enum.Parse(enumType, n)) })
        .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
}
