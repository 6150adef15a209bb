using System.Globalization;
using Harrier.Core.Answers;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Whether Blazor can read a posted form value or a query value as a field's type (invariant culture, as Blazor reads them).
/// Blazor leaves a form field it cannot read at its default and fails a page on a query value it cannot read, so
/// <see cref="Components.Shared.FormChecks"/> and <see cref="PageQueryGuard"/> ask this first.
/// </summary>
internal static class PostedText
{
    /// <summary>
    /// True when <paramref name="text"/> (empty counts as readable: an empty field is null) reads as <paramref name="type"/> (or its
    /// nullable form): numbers finite, a choice by a member's name only (<see cref="Choice"/>), text and types not listed always.
    /// </summary>
    public static bool CanRead(string? text, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (string.IsNullOrWhiteSpace(text) || type == typeof(string))
        {
            return true;
        }

        text = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            // A browser never posts "1" for a choice, so a number is refused.
            { IsEnum: true } => Choice.TryParse(type, text, out _),
            _ when type == typeof(bool) => bool.TryParse(text, out _),
            _ when type == typeof(int) => int.TryParse(text, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(long) => long.TryParse(text, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(double) => double.TryParse(text, NumberStyles.Float, invariant, out var d) && double.IsFinite(d),
            _ when type == typeof(float) => float.TryParse(text, NumberStyles.Float, invariant, out var f) && float.IsFinite(f),
            _ when type == typeof(decimal) => decimal.TryParse(text, NumberStyles.Number, invariant, out _),
            _ when type == typeof(Guid) => Guid.TryParse(text, out _),
            _ when type == typeof(DateOnly) => DateOnly.TryParse(text, invariant, out _),
            _ when type == typeof(DateTime) => DateTime.TryParse(text, invariant, out _),
            _ when type == typeof(TimeOnly) => TimeOnly.TryParse(text, invariant, out _),
            _ => true,
        };
    }
}
