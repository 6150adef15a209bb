using System.Text.Json;

namespace Harrier.Core.Triage;

/// <summary>One test on one questionnaire answer. A missing answer never passes.</summary>
/// <param name="Answer">The answer's JSON name in <c>docs/triage-input.md</c>, or a derived fact (<see cref="TriageFacts"/>).</param>
/// <param name="Is">Passes when the answer equals this JSON value (true, "lots", …).</param>
/// <param name="AtLeast">Passes when the numeric answer is this or more.</param>
/// <param name="AtMost">Passes when the numeric answer is this or less.</param>
/// <param name="Above">Passes when the numeric answer is more than this ("BMI &gt; 30").</param>
public sealed record AnswerCondition(
    string Answer, JsonElement? Is = null, double? AtLeast = null, double? AtMost = null, double? Above = null)
{
    /// <summary>True when the fact is present and meets every bound given.</summary>
    public bool Holds(IReadOnlyDictionary<string, JsonElement> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.TryGetValue(Answer, out var value) || value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return false;
        }

        if (Is is { } expected && !JsonElement.DeepEquals(expected, value))
        {
            return false;
        }

        if (AtLeast is null && AtMost is null && Above is null)
        {
            return true;
        }

        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        var number = value.GetDouble();
        return (AtLeast is null || number >= AtLeast - 1e-9) && (AtMost is null || number <= AtMost + 1e-9)
            && (Above is null || number > Above + 1e-9);
    }
}
