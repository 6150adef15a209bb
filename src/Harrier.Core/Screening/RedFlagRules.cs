using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Troubleshooter;

namespace Harrier.Core.Screening;

/// <summary>The red-flag table, read once from the embedded <c>Screening/*.rules.json</c> resources and checked.</summary>
/// <remarks>
/// Sources: EVIDENCE.md §4.1 (NICE NG59 and the NHS red-flag list based on NICE CKS), §4.2 (IFOMPT framework, early cauda
/// equina signs), §4.3 (leg pain below the knee) and §5 (PAR-Q+ and ACSM signs and symptoms). Each row carries its own
/// source and grade. A row graded [U] is refused, so an unverified claim can never trigger advice.
/// </remarks>
public static class RedFlagRules
{
    private const string Prefix = "Harrier.Core.Screening.";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private static readonly Lazy<IReadOnlyList<RedFlagRule>> Loaded = new(Load);

    private static readonly Lazy<IReadOnlyList<RedFlagQuestion>> AllQuestions = new(() => QuestionsOf(All));

    /// <summary>Every rule, in the order the questions should be asked (most urgent topics first).</summary>
    public static IReadOnlyList<RedFlagRule> All => Loaded.Value;

    /// <summary>The distinct questions, in asking order.</summary>
    public static IReadOnlyList<RedFlagQuestion> Questions => AllQuestions.Value;

    public static RedFlagRule Get(string id) =>
        All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal))
            ?? throw new ArgumentException($"No red-flag rule '{id}'.", nameof(id));

    /// <summary>Reads and checks one rules file's JSON text (an array of rules).</summary>
    /// <exception cref="FormatException">The text is not a valid rule table.</exception>
    public static IReadOnlyList<RedFlagRule> Parse(string json)
    {
        RedFlagRule[] rules;
        try
        {
            rules = JsonSerializer.Deserialize<RedFlagRule[]>(json, Options) ?? throw new FormatException("Empty red-flag table.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"Red-flag table is not valid: {e.Message}", e);
        }

        Check(rules);
        return rules;
    }

    private static List<RedFlagRule> Load()
    {
        var assembly = typeof(RedFlagRules).Assembly;
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".rules.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var rules = new List<RedFlagRule>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            rules.AddRange(Parse(reader.ReadToEnd()));
        }

        Check(rules);
        return rules;
    }

    private static void Check(IReadOnlyList<RedFlagRule> rules)
    {
        foreach (var rule in rules)
        {
            CheckRule(rule);
        }

        if (rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new FormatException($"Red-flag rule '{duplicate.Key}' appears twice.");
        }

        var texts = rules.Where(r => r.QuestionId is not null).GroupBy(r => r.QuestionId!, StringComparer.Ordinal);
        if (texts.FirstOrDefault(g => g.Select(r => r.Question).Distinct(StringComparer.Ordinal).Count() > 1) is { } clash)
        {
            throw new FormatException($"Question '{clash.Key}' has different wording in different rules.");
        }
    }

    private static void CheckRule(RedFlagRule rule)
    {
        string[] required = [rule.Id, rule.Action, rule.TellClinician, rule.Source];
        string? problem =
            required.Any(string.IsNullOrWhiteSpace) ? "needs an id, an action, what to tell the clinician and a source"
            : rule.Grade == EvidenceGrade.Unverified ? "is graded [U]; unverified claims must not be encoded as rules"
            : (rule.QuestionId is null) != (rule.Question is null) ? "needs both a question id and its wording, or neither"
            : rule.QuestionId is null && rule.Pattern is null ? "has no trigger (a question or a pain pattern)"
            : rule.MinAge > rule.MaxAge || rule.MinAge < 0 ? "has an impossible age range"
            : null;
        if (problem is not null)
        {
            throw new FormatException($"Red-flag rule '{rule.Id}' {problem}.");
        }
    }

    private static RedFlagQuestion[] QuestionsOf(IReadOnlyList<RedFlagRule> rules) =>
        rules.Where(r => r.QuestionId is not null)
            .GroupBy(r => r.QuestionId!, StringComparer.Ordinal)
            .Select(g => new RedFlagQuestion(g.Key, g.First().Question!, g.All(r => r.NeedsAge)))
            .ToArray();
}
