using System.Text.Json;

namespace Harrier.Core.Triage;

/// <summary>An answer Harrier already knows from the runner's own data, with where it came from.</summary>
/// <param name="Field">The answer's name in <c>docs/triage-input.md</c>, e.g. "weeklyKilometersNow".</param>
/// <param name="Value">The value, as the answers file would give it.</param>
/// <param name="Origin">Where it came from in plain words, e.g. "from your log: 13.0 km in the last 7 days".</param>
public sealed record KnownAnswer(string Field, JsonElement Value, string Origin);
