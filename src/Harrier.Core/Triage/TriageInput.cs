using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Harrier.Core.Answers;
using Harrier.Core.Pain;
using Harrier.Core.Screening;

namespace Harrier.Core.Triage;

/// <summary>
/// A triage request, as <c>harrier triage --input</c> files and <c>POST /api/triage</c> bodies give it: the answers
/// (<see cref="TriageAnswers"/>) plus the warning-signs check's inputs (<c>redFlags</c>, <c>age</c>, <c>painEntry</c>), all in one
/// JSON object as documented in <c>docs/triage-input.md</c>. One reader for both, so both accept and refuse the same input.
/// </summary>
/// <param name="Answers">The troubleshooter questionnaire.</param>
/// <param name="RedFlags">The warning-sign answers given (unanswered questions are absent), or null when the field was left out.</param>
/// <param name="Age">The runner's age in whole years, if given.</param>
/// <param name="PainEntry">The current pain entry, if given.</param>
public sealed record TriageInput(TriageAnswers Answers, RedFlagAnswers? RedFlags, int? Age, PainEntry? PainEntry)
{
    public const string RedFlagsField = "redFlags";
    public const string AgeField = "age";
    public const string PainEntryField = "painEntry";

    private static readonly JsonSerializerOptions ScreeningOptions = new(TriageAnswers.JsonOptions)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>
    /// The entry the red-flag screen reads: the given one, or, when the answers say the pain spreads below the knee, one read from the
    /// answers (the region spreading below the knee; shooting or burning as shooting; numbness or tingling as numbness), so the
    /// nerve-root pattern is never missed because the entry was left out.
    /// </summary>
    public PainEntry? ScreenedEntry(DateOnly today)
    {
        if (PainEntry is not null || Answers.PainSpreadsBelowKnee != true)
        {
            return PainEntry;
        }

        var quality = (Answers.ShootingOrBurningLegPain == true ? PainQuality.Shooting : PainQuality.None)
            | (Answers.NumbnessOrTingling == true ? PainQuality.Numbness : PainQuality.None);
        return new PainEntry(today, new BodySpot(Answers.Region, BodySide.Centre))
        {
            SpreadsTo = [new BodySpot(BodyRegion.OuterLowerLeg, BodySide.Centre)],
            Quality = quality,
        };
    }

    /// <summary>The warning-signs check for this request: its answers (none when left out: then it says "not screened"), its pain
    /// entry and age.</summary>
    public RedFlagResult Screen(DateOnly today) => RedFlagScreen.Evaluate(RedFlags ?? RedFlagAnswers.None, ScreenedEntry(today), Age);

    /// <summary>True when the request carries anything for the warning-signs check (answers or a pain entry).</summary>
    public bool HasScreen => RedFlags is not null || PainEntry is not null;

    /// <summary>What could not be used, by field ("hills", "age", "redFlags.fever"), each a plain sentence; empty when all is fine.
    /// The fields with a problem are left out of <see cref="Answers"/>, <see cref="RedFlags"/>, <see cref="Age"/> and
    /// <see cref="PainEntry"/>.</summary>
    public IReadOnlyDictionary<string, string> Problems { get; init; } = new Dictionary<string, string>();

    /// <summary>True when the request can be answered: nothing to fix, or its warning-sign answers already need a clinician today or
    /// now, which is shown at once whatever else is wrong (the same policy as <see cref="RedFlagSubmission.Stands"/>).</summary>
    public bool Stands(DateOnly today) => Problems.Count == 0 || (HasScreen && Screen(today).SuspendPlan);

    /// <summary>The problems on one line, each naming its field: "hills must be one of: none, some, lots.; age: …".</summary>
    public string ProblemLine => string.Join(" ", Problems.Select(p => Line(p.Key, p.Value)));

    /// <summary>Reads the text. A text that is not one JSON object gives a one-line reason instead; anything else gives the input
    /// with every field that could not be used listed in <see cref="Problems"/>.</summary>
    public static (TriageInput? Input, string? Error) Parse(string json, DateOnly today)
    {
        JsonObject root;
        try
        {
            var node = JsonNode.Parse(json, new JsonNodeOptions { PropertyNameCaseInsensitive = true },
                new JsonDocumentOptions { AllowDuplicateProperties = false });
            if (node is not JsonObject obj)
            {
                return (null, "the file must hold one JSON object (see docs/triage-input.md).");
            }

            if (Duplicate(obj, json) is { } twice)
            {
                return (null, $"the field '{twice}' appears twice.");
            }

            root = obj;
        }
        catch (JsonException e)
        {
            return (null, JsonProblem.Describe(e, typeof(TriageAnswers)).Message);
        }

        return (Read(root, today), null);
    }

    private static TriageInput Read(JsonObject root, DateOnly today)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var known = AnswerNames();
        foreach (var unknown in root.Select(p => p.Key).Where(k => !known.Contains(k)).ToArray())
        {
            problems[unknown] = $"unknown field '{unknown}' (the fields are listed in docs/triage-input.md).";
            root.Remove(unknown);
        }

        var hasRedFlags = root.ContainsKey(RedFlagsField);
        var redFlags = Take<Dictionary<string, JsonElement>>(root, RedFlagsField, problems) ?? [];
        var ageNode = Take<JsonElement?>(root, AgeField, problems);
        var entryInput = Take<PainEntryInput>(root, PainEntryField, problems);
        var answers = ReadAnswers(root, problems);

        var (flags, flagErrors) = RedFlagAnswerParser.ParseValid(
            redFlags.Select(p => KeyValuePair.Create(p.Key, RedFlagAnswerParser.Text(p.Value))), RedFlagRules.Questions);
        foreach (var (id, message) in flagErrors)
        {
            problems[$"{RedFlagsField}.{id}"] = message;
        }

        var (age, ageError) = ageNode is { } a && a.ValueKind != JsonValueKind.Null ? RedFlagSubmission.ReadAge(a.ValueKind == JsonValueKind.Number
            ? a.GetRawText() : "not a number") : (null, null);
        if (ageError is not null)
        {
            problems[AgeField] = ageError;
        }

        PainEntry? entry = null;
        if (entryInput is not null)
        {
            (entry, var problem) = entryInput.ToEntry(today);
            if (problem is not null)
            {
                problems[PainEntryField] = problem;
            }
        }

        return new TriageInput(answers, hasRedFlags ? flags : null, age, entry) { Problems = problems };
    }

    // Reads the questionnaire, leaving out each field whose value cannot be read (with its problem), and checks the numbers' bounds.
    private static TriageAnswers ReadAnswers(JsonObject root, Dictionary<string, string> problems)
    {
        for (var attempt = 0; attempt < 64; attempt++)
        {
            try
            {
                var answers = TriageAnswers.Parse(root.ToJsonString());
                var outOfRange = answers.Problems();
                if (outOfRange.Count == 0)
                {
                    return answers;
                }

                // An impossible number is refused, never kept as if it were true.
                foreach (var (field, message) in outOfRange)
                {
                    problems[field] = message;
                    root.Remove(root.Select(p => p.Key).First(k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase)));
                }
            }
            catch (JsonException e)
            {
                var (field, message) = JsonProblem.Describe(e, typeof(TriageAnswers));
                var name = root.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, field, StringComparison.OrdinalIgnoreCase));
                problems[name ?? field] = message;
                if (name is null)
                {
                    break;
                }

                root.Remove(name);
            }
        }

        return new TriageAnswers();
    }

    // Names differing only in case are the same field (the reader is case-insensitive, as TriageAnswers.Parse is).
    private static string? Duplicate(JsonObject root, string json)
    {
        try
        {
            _ = root.Count;
            return null;
        }
        catch (ArgumentException)
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            using var document = JsonDocument.Parse(json);
            return document.RootElement.EnumerateObject().Select(p => p.Name).First(n => !names.Add(n));
        }
    }

    private static T? Take<T>(JsonObject root, string name, Dictionary<string, string> problems)
    {
        if (!root.TryGetPropertyValue(name, out var value))
        {
            return default;
        }

        root.Remove(name);
        try
        {
            return value is null ? default : value.Deserialize<T>(ScreeningOptions);
        }
        catch (JsonException e)
        {
            var (field, message) = JsonProblem.Describe(e, Plain(typeof(T)), name);
            problems[field] = message;
            return default;
        }
    }

    // The type a field's value is described by: the pain entry as written, the answers as an object of question id → answer.
    private static Type Plain(Type type) => type == typeof(Dictionary<string, JsonElement>) ? typeof(RedFlagAnswersShape) : type;

    private static string Line(string field, string message) =>
        message.StartsWith(field, StringComparison.Ordinal) ? message : $"{field}: {message}";

    private static HashSet<string> AnswerNames()
    {
        var names = ScreeningOptions.GetTypeInfo(typeof(TriageAnswers)).Properties.Select(p => p.Name);
        return new HashSet<string>(names.Concat([RedFlagsField, AgeField, PainEntryField]), StringComparer.OrdinalIgnoreCase);
    }

    // Only its name is used: "redFlags must be an object { … }".
    private sealed record RedFlagAnswersShape;
}
