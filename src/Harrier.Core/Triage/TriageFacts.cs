using System.Text.Json;

namespace Harrier.Core.Triage;

/// <summary>The answers as named facts the rules' conditions test, plus facts derived from them.</summary>
/// <remarks>
/// Derived facts [D]: <c>bodyMassIndex</c> = kg ÷ m² from <c>bodyMassKg</c> and <c>heightCm</c>;
/// <c>weeklyIncreasePercent</c> = the rise from <c>weeklyKilometersTwoWeeksAgo</c> to <c>weeklyKilometersNow</c>, in percent.
/// </remarks>
public static class TriageFacts
{
    public const string BodyMassIndex = "bodyMassIndex";

    public const string WeeklyIncreasePercent = "weeklyIncreasePercent";

    /// <summary>Every name a rule condition may test: each answer's JSON name and the derived facts.</summary>
    public static IReadOnlySet<string> Names { get; } = typeof(TriageAnswers).GetProperties()
        .Where(p => !p.GetMethod!.IsStatic)
        .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
        .Append(BodyMassIndex)
        .Append(WeeklyIncreasePercent)
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>The facts of one questionnaire, by name; missing answers are absent.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Of(TriageAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var element = JsonSerializer.SerializeToElement(answers, TriageAnswers.JsonOptions);
        var facts = element.EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        if (answers is { BodyMassKg: { } kg, HeightCm: { } cm } && cm > 0)
        {
            facts[BodyMassIndex] = Number(kg / (cm / 100 * cm / 100));
        }

        if (answers is { WeeklyKilometersNow: { } now, WeeklyKilometersTwoWeeksAgo: { } before } && before > 0)
        {
            facts[WeeklyIncreasePercent] = Number((now / before - 1) * 100);
        }

        return facts;
    }

    /// <summary>The answer a fact comes from: a derived fact's main input (BMI from the body mass, the weekly rise from this
    /// week's distance), any other fact itself.</summary>
    public static string SourceOf(string fact) => fact switch
    {
        BodyMassIndex => "bodyMassKg",
        WeeklyIncreasePercent => "weeklyKilometersNow",
        _ => fact,
    };

    /// <summary>A fact's value as shown in a sentence: numbers with at most one decimal, strings as they are.</summary>
    public static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble().ToString("0.#", System.Globalization.CultureInfo.InvariantCulture),
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        _ => value.GetRawText(),
    };

    private static JsonElement Number(double value) => JsonSerializer.SerializeToElement(Math.Round(value, 1));
}
