using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Harrier.Core.Pain;
using Harrier.Core.Screening;
using Harrier.Core.Troubleshooter;

namespace Harrier.Cli.Commands.Triage;

/// <summary>
/// A <c>harrier triage --input</c> file: the troubleshooter's answers (<see cref="TriageAnswers"/>) plus the red-flag screen's
/// inputs (<c>redFlags</c>, <c>age</c>, <c>painEntry</c>), all in one JSON object as documented in <c>docs/triage-input.md</c>.
/// </summary>
/// <param name="Answers">The troubleshooter questionnaire.</param>
/// <param name="RedFlags">The yes/no red-flag answers given (unanswered questions are absent).</param>
/// <param name="Age">The runner's age in whole years, if given.</param>
/// <param name="PainEntry">The current pain entry, if given.</param>
internal sealed record TriageInput(TriageAnswers Answers, RedFlagAnswers RedFlags, int? Age, PainEntry? PainEntry)
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

        var redFlags = Take<Dictionary<string, bool?>>(root, RedFlagsField) ?? [];
        var age = Take<int?>(root, AgeField);
        var entryInput = Take<PainEntryInput>(root, PainEntryField);
        var answers = TriageAnswers.Parse(root.ToJsonString());

        var questions = RedFlagRules.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        if (redFlags.Keys.FirstOrDefault(id => !questions.Contains(id)) is { } badId)
        {
            return (null, $"unknown red-flag question '{badId}' (the question ids are listed in docs/triage-input.md).");
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

        var given = redFlags.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, p.Value!.Value));
        return (new TriageInput(answers, new RedFlagAnswers(given), age, entry), null);
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
