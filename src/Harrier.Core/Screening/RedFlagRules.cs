using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Evidence;

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

    /// <summary>The JSON settings of the table: camelCase names, kebab-case enum values (also used for timing names).</summary>
    public static JsonSerializerOptions SerializerOptions => Options;

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

        var texts = rules.Where(r => r.QuestionId is not null).GroupBy(r => r.QuestionId!, StringComparer.Ordinal).ToArray();
        if (texts.FirstOrDefault(g => g.Select(r => r.Question).Distinct(StringComparer.Ordinal).Count() > 1) is { } clash)
        {
            throw new FormatException($"Question '{clash.Key}' has different wording in different rules.");
        }

        if (texts.FirstOrDefault(g => g.Select(r => r.When is null).Distinct().Count() > 1
            || g.Select(r => r.AskIf).Distinct(StringComparer.Ordinal).Count() > 1) is { } mixed)
        {
            throw new FormatException($"Question '{mixed.Key}' is a timing question in one rule and not in another, or follows different questions.");
        }

        var ids = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var questionIds = texts.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (rule.Requires?.Ids.FirstOrDefault(id => !ids.Contains(id) || rules.First(r => r.Id == id).IsCombination) is { } bad)
            {
                throw new FormatException($"Red-flag rule '{rule.Id}' combines '{bad}', which is not a single rule of the table.");
            }

            if (rule.AskIf is { } parent && !questionIds.Contains(parent))
            {
                throw new FormatException($"Red-flag rule '{rule.Id}' follows up '{parent}', which is not a question.");
            }
        }
    }

    private static void CheckRule(RedFlagRule rule)
    {
        string[] required = [rule.Id, rule.Label, rule.Action, rule.TellClinician, rule.Source];
        var triggers = (rule.QuestionId is null ? 0 : 1) + (rule.Pattern is null ? 0 : 1);
        string? problem =
            required.Any(string.IsNullOrWhiteSpace) ? "needs an id, a label, an action, what to tell the clinician and a source"
            : rule.Grade == EvidenceGrade.Unverified ? "is graded [U]; unverified claims must not be encoded as rules"
            : (rule.QuestionId is null) != (rule.Question is null) ? "needs both a question id and its wording, or neither"
            : rule.IsCombination && (triggers > 0 || rule.NeedsAge) ? "combines other rules, so it cannot also have a question, pattern or age"
            : !rule.IsCombination && triggers == 0 ? "has no trigger (a question, a pain pattern or a combination)"
            : rule.Requires is { } c && (c.Ids.Any() is false || c.AtLeast < 1 || (c.Any is { Count: > 0 } && c.AtLeast > c.Any.Count))
                ? "has an impossible combination"
            : rule.When is { Count: 0 } || (rule.When is not null && rule.QuestionId is null) ? "has timings without a question"
            : rule.MinAge > rule.MaxAge || rule.MinAge < 0 ? "has an impossible age range"
            : rule.IsCombination != (rule.Action.Contains("{flags}", StringComparison.Ordinal)) ? "must name {flags} exactly when it combines rules"
            : null;
        if (problem is not null)
        {
            throw new FormatException($"Red-flag rule '{rule.Id}' {problem}.");
        }
    }

    /// <summary>The distinct questions of a table, in asking order.</summary>
    public static IReadOnlyList<RedFlagQuestion> QuestionsOf(IReadOnlyList<RedFlagRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.Where(r => r.QuestionId is not null)
            .GroupBy(r => r.QuestionId!, StringComparer.Ordinal)
            .Select(g => new RedFlagQuestion(g.Key, g.First().Question!, g.All(r => r.NeedsAge),
                g.First().When is null ? RedFlagQuestionKind.YesNo : RedFlagQuestionKind.Timing, g.First().AskIf, Label(g.ToArray())))
            .ToArray();
    }

    // A question shared by several rules (age bands, timings) is named by its broadest rule, without the part in brackets that
    // tells the rules apart: "new back pain (after 50)" asks about "new back pain".
    private static string Label(RedFlagRule[] rules)
    {
        var label = (rules.FirstOrDefault(r => !r.NeedsAge && r.When is null) ?? rules[0]).Label;
        var bracket = label.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? label[..bracket] : label;
    }
}
