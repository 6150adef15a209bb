using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harrier.Core.Exercises;

/// <summary>
/// The exercise library, read once from the embedded <c>Exercises/exercises.rules.json</c>. Unknown JSON fields, missing
/// fields and data that fails <see cref="Parse"/>'s checks (for example an exercise without a sourced, graded claim)
/// stop the load with a <see cref="FormatException"/> listing every problem.
/// </summary>
/// <remarks>
/// Evidence comes from EVIDENCE.md §2.7, §3, §4.6 and §6. Grades describe the outcome a runner cares about (pain or
/// injury), not a surrogate; doses are typical starting doses unless a source gives one, and each says so in its basis.
/// </remarks>
public static class ExerciseLibrary
{
    private const string ResourceName = "Harrier.Core.Exercises.exercises.rules.json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
    };

    private static readonly Lazy<IReadOnlyList<Exercise>> Loaded = new(Load);

    /// <summary>Every exercise, in the order of the data file.</summary>
    public static IReadOnlyList<Exercise> All => Loaded.Value;

    /// <summary>The exercise with this id (case-insensitive), or null.</summary>
    public static Exercise? Find(string id) => All.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    public static Exercise Get(string id) => Find(id) ?? throw new ArgumentException($"No exercise '{id}'.", nameof(id));

    /// <summary>Reads and checks the text of an exercises file.</summary>
    /// <exception cref="FormatException">The JSON is malformed, has unknown or missing fields, or fails the data checks.</exception>
    public static IReadOnlyList<Exercise> Parse(string json)
    {
        ExerciseFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ExerciseFile>(json, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"Exercise data is not valid: {e.Message}", e);
        }

        var exercises = file?.Exercises ?? throw new FormatException("Exercise data is empty.");
        var problems = ExerciseValidation.Problems(exercises);
        return problems.Count == 0
            ? exercises
            : throw new FormatException("Exercise data is not valid: " + string.Join(" ", problems));
    }

    private static IReadOnlyList<Exercise> Load()
    {
        using var stream = typeof(ExerciseLibrary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Missing embedded resource {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
