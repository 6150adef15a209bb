using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Evidence;

namespace Harrier.Core.Intake;

/// <summary>The ACSM pre-participation screening algorithm as a decision table (<c>Intake/acsm-screening.rules.json</c>).</summary>
/// <remarks>
/// Riebe D et al., Med Sci Sports Exerc 2015;47(11) (EVIDENCE §5.2 [S]): screening rests on current activity ("regular exercise" is
/// at least 30 minutes of moderate exercise on at least 3 days a week for the last 3 months), known cardiovascular, metabolic or
/// renal disease, signs or symptoms, and the intensity the person is heading for. Rows are tried in order; the first whose
/// conditions all hold decides. Every combination of inputs matches a row (a test proves it).
/// </remarks>
public static class AcsmScreening
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private static readonly Lazy<Table> Loaded = new(() =>
        JsonSerializer.Deserialize<Table>(ParQForm.Resource("Harrier.Core.Intake.acsm-screening.rules.json"), Options)
            ?? throw new FormatException("Empty ACSM table."));

    /// <summary>The table's source, as a readable citation.</summary>
    public static string Source => Loaded.Value.Source;

    /// <summary>The table's evidence grade.</summary>
    public static EvidenceGrade Grade => Loaded.Value.Grade;

    /// <summary>The recommendation for one person.</summary>
    /// <param name="regularExerciser">At least 30 min of moderate exercise on 3 or more days a week for the last 3 months.</param>
    /// <param name="knownDisease">Known cardiovascular, metabolic or renal disease.</param>
    /// <param name="signsOrSymptoms">Any of the signs or symptoms (<see cref="AcsmSymptom"/>).</param>
    /// <param name="intensity">The intensity the person is heading for.</param>
    public static AcsmRecommendation Recommend(bool regularExerciser, bool knownDisease, bool signsOrSymptoms, ExerciseIntensity intensity) =>
        Loaded.Value.Rows.First(r => r.Matches(regularExerciser, knownDisease, signsOrSymptoms, intensity)).Recommendation;

    private sealed record Table(
        string Source, string Evidence, EvidenceGrade Grade, IReadOnlyList<Row> Rows, [property: JsonPropertyName("$comment")] string? Comment = null);

    private sealed record Row(
        AcsmRecommendation Recommendation, bool? RegularExerciser = null, bool? KnownDisease = null, bool? SignsOrSymptoms = null,
        ExerciseIntensity? Intensity = null)
    {
        public bool Matches(bool regular, bool disease, bool symptoms, ExerciseIntensity intensity) =>
            (RegularExerciser is null || RegularExerciser == regular) && (KnownDisease is null || KnownDisease == disease)
            && (SignsOrSymptoms is null || SignsOrSymptoms == symptoms) && (Intensity is null || Intensity == intensity);
    }
}
