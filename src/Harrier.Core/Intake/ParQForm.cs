using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Evidence;

namespace Harrier.Core.Intake;

/// <summary>The PAR-Q+ as data: page 1's seven questions, the follow-up categories and the reasons to delay, with the source.</summary>
/// <param name="Source">A readable citation.</param>
/// <param name="Evidence">Where it sits in the evidence base (for maintainers).</param>
/// <param name="Grade">The evidence grade of the wording and logic.</param>
/// <param name="Questions">Page 1, in order.</param>
/// <param name="FollowUps">Pages 2–3: categories, each with the question that opens it and its sub-questions.</param>
/// <param name="Delay">Reasons to delay becoming more active, each with its advice.</param>
public sealed record ParQForm(
    string Source, string Evidence, EvidenceGrade Grade, IReadOnlyList<ParQQuestion> Questions, IReadOnlyList<ParQFollowUp> FollowUps,
    IReadOnlyList<ParQDelay> Delay)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private static readonly Lazy<ParQForm> Loaded = new(() => Parse(Resource("Harrier.Core.Intake.parq-plus.rules.json")));

    /// <summary>The shipped form.</summary>
    public static ParQForm Shipped => Loaded.Value;

    /// <summary>Every question id the form has, of any kind.</summary>
    public IEnumerable<string> AllIds => Questions.Select(q => q.Id)
        .Concat(FollowUps.SelectMany(f => f.Questions.Select(q => q.Id).Prepend(f.Id))).Concat(Delay.Select(d => d.Id));

    /// <summary>Reads and checks the form's JSON text.</summary>
    /// <exception cref="FormatException">The text is not a valid form (ids repeated, empty texts, unverified grade).</exception>
    public static ParQForm Parse(string json)
    {
        ParQForm form;
        try
        {
            form = JsonSerializer.Deserialize<ParQForm>(json, Options) ?? throw new FormatException("Empty PAR-Q+ form.");
        }
        catch (JsonException e)
        {
            throw new FormatException($"PAR-Q+ form is not valid: {e.Message}", e);
        }

        var ids = form.AllIds.ToArray();
        return ids.Length != ids.Distinct(StringComparer.Ordinal).Count() ? throw new FormatException("A PAR-Q+ id is used twice.")
            : form.Grade == EvidenceGrade.Unverified ? throw new FormatException("The PAR-Q+ form must not rest on unverified claims.")
            : form.Questions.Count != 7 ? throw new FormatException("PAR-Q+ page 1 has seven questions.")
            : form;
    }

    internal static string Resource(string name)
    {
        using var stream = typeof(ParQForm).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
