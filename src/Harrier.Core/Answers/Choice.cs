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
    /// <summary>True and the member when <paramref name="text"/> names one of <typeparamref name="T"/>'s members.</summary>
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        value = default;
        return text is not null && Names<T>.ByName.TryGetValue(text.Trim(), out value);
    }

    private static class Names<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> ByName = Enum.GetNames<T>()
            .SelectMany(n => new[] { (Name: n, Value: Enum.Parse<T>(n)), (Name: JsonNamingPolicy.KebabCaseLower.ConvertName(n), Value: Enum.Parse<T>(n)) })
            .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
