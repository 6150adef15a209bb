using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Pain;

namespace Harrier.Core.Triage;

/// <summary>
/// The rule table: every <c>Troubleshooter/*.rules.json</c> resource, read once and checked. Rules are data, evaluated by the
/// one <see cref="ContributorRanking"/>; adding a region means adding a file, not a class.
/// </summary>
public static class PainRules
{
    private static readonly JsonSerializerOptions Options = new(TriageAnswers.JsonOptions)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private static readonly Lazy<IReadOnlyList<PainRule>> Loaded = new(Load);

    /// <summary>Every rule, in file order (files by name); the order breaks ties in the ranking.</summary>
    public static IReadOnlyList<PainRule> All => Loaded.Value;

    /// <summary>The rules about one body region.</summary>
    public static IReadOnlyList<PainRule> For(BodyRegion region) => All.Where(r => r.Regions.Contains(region)).ToArray();

    /// <summary>Reads and checks one rules file's JSON text.</summary>
    /// <exception cref="FormatException">A rule is malformed: unknown answer name, duplicate id, no region, and so on.</exception>
    public static IReadOnlyList<PainRule> Parse(string json)
    {
        var file = JsonSerializer.Deserialize<RulesFile>(json, Options) ?? throw new FormatException("Empty rules file.");
        foreach (var rule in file.Rules)
        {
            Check(rule);
        }

        var duplicate = file.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? file.Rules : throw new FormatException($"Rule id '{duplicate.Key}' is used twice.");
    }

    private static void Check(PainRule rule)
    {
        if (string.IsNullOrWhiteSpace(rule.Id) || string.IsNullOrWhiteSpace(rule.Title) || string.IsNullOrWhiteSpace(rule.Source))
        {
            throw new FormatException($"Rule '{rule.Id}' needs an id, a title and a source.");
        }

        if (rule.Regions.Count == 0)
        {
            throw new FormatException($"Rule '{rule.Id}' names no region.");
        }

        var unknown = rule.Cues.SelectMany(c => c.When).Select(w => w.Answer).FirstOrDefault(a => !TriageFacts.Names.Contains(a));
        if (unknown is not null)
        {
            throw new FormatException($"Rule '{rule.Id}' tests unknown answer '{unknown}'.");
        }

        if (rule.Cues.Any(c => c.When.Count == 0 || c.Points < 0))
        {
            throw new FormatException($"Rule '{rule.Id}' has a cue without conditions or with negative points.");
        }

        if (rule.Actions.Count == 0 && rule.Advice is null)
        {
            throw new FormatException($"Rule '{rule.Id}' offers nothing to try and no advice.");
        }
    }

    private static List<PainRule> Load()
    {
        var assembly = typeof(PainRules).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Harrier.Core.Triage.", StringComparison.Ordinal)
                && n.EndsWith(".rules.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return Parse(reader.ReadToEnd());
            })
            .ToList();
    }

    private sealed record RulesFile(IReadOnlyList<PainRule> Rules, [property: JsonPropertyName("$comment")] string? Comment = null);
}
