using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
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

    /// <summary>Reads the file's text; on bad input returns a one-line reason instead.</summary>
    public static (TriageInput? Input, string? Error) Parse(string json, DateOnly today)
    {
        try
        {
            return Read(json, today);
        }
        catch (JsonException e)
        {
            return (null, e.Message.ReplaceLineEndings(" "));
        }
    }

    private static (TriageInput? Input, string? Error) Read(string json, DateOnly today)
    {
        var node = JsonNode.Parse(json, new JsonNodeOptions { PropertyNameCaseInsensitive = true },
            new JsonDocumentOptions { AllowDuplicateProperties = false });
        if (node is not JsonObject root)
        {
            return (null, "the file must hold one JSON object (see docs/triage-input.md).");
        }

        if (Duplicate(root, json) is { } twice)
        {
            return (null, $"the field '{twice}' appears twice.");
        }

        var known = AnswerNames();
        if (root.Select(p => p.Key).FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            return (null, $"unknown field '{unknown}' (the fields are listed in docs/triage-input.md).");
        }

        var hasRedFlags = root.ContainsKey(RedFlagsField);
        var redFlags = Take<Dictionary<string, JsonElement>>(root, RedFlagsField) ?? [];
        var age = Take<int?>(root, AgeField);
        var entryInput = Take<PainEntryInput>(root, PainEntryField);
        var answers = TriageAnswers.Parse(root.ToJsonString());

        var (flags, flagErrors) = RedFlagAnswerParser.Parse(
            redFlags.Select(p => KeyValuePair.Create(p.Key, RedFlagAnswerParser.Text(p.Value))), RedFlagRules.Questions);
        if (flagErrors.Count > 0)
        {
            var (id, message) = flagErrors.First();
            return (null, $"redFlags.{id}: {message} (the question ids are listed in docs/triage-input.md).");
        }

        if (age is < 0 or > 130)
        {
            return (null, "age must be between 0 and 130.");
        }

        PainEntry? entry = null;
        if (entryInput is not null)
        {
            (entry, var problem) = entryInput.ToEntry(today);
            if (problem is not null)
            {
                return (null, problem);
            }
        }

        return (new TriageInput(answers, hasRedFlags ? flags : null, age, entry), null);
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

    private static T? Take<T>(JsonObject root, string name)
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
            throw new JsonException($"{name}: {e.Message}", e);
        }
    }

    private static HashSet<string> AnswerNames()
    {
        var names = ScreeningOptions.GetTypeInfo(typeof(TriageAnswers)).Properties.Select(p => p.Name);
        return new HashSet<string>(names.Concat([RedFlagsField, AgeField, PainEntryField]), StringComparer.OrdinalIgnoreCase);
    }
}
