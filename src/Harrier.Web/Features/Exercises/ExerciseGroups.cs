using Harrier.Core.Exercises;

namespace Harrier.Web.Features.Exercises;

/// <summary>One heading of the exercise library page and the exercises under it.</summary>
public sealed record ExerciseGroup(string Key, string Title, string Intro, IReadOnlyList<Exercise> Exercises);

/// <summary>
/// Sorts the library into the groups a runner looks for: before a run, stretching and mobility, strength, running form.
/// The library data has no category field, so the grouping lives here, keyed by exercise id; an exercise added to the data
/// but not to this table still appears, under "More exercises", so nothing in the library is ever hidden.
/// </summary>
public static class ExerciseGroups
{
    private const string MoreKey = "more";

    private static readonly (string Key, string Title, string Intro, string[] Ids)[] Table =
    [
        ("before-you-run", "Before you run", "A few minutes to get moving; keep it if you like it.", ["warm-up"]),
        ("stretching", "Stretching and mobility", "For comfort and range of movement. None of these has been shown to prevent injuries.",
            ["hip-flexor-stretch", "calf-stretch-gastrocnemius", "calf-stretch-soleus", "foam-rolling"]),
        ("strength", "Strength", "Strength work for the hips, trunk and calves, 2–3 times a week.",
            ["glute-bridge", "back-extension", "reverse-hyper", "side-plank", "bird-dog", "single-leg-calf-raise"]),
        ("running-form", "Running form", "Small changes to how you run, practised one at a time.", ["step-rate"]),
    ];

    /// <summary>The library's exercises in their groups, in table order; empty groups are left out.</summary>
    public static IReadOnlyList<ExerciseGroup> Of(IReadOnlyList<Exercise> exercises)
    {
        var groups = Table
            .Select(g => new ExerciseGroup(g.Key, g.Title, g.Intro, g.Ids.Select(Find).OfType<Exercise>().ToArray()))
            .ToList();
        var grouped = Table.SelectMany(g => g.Ids).ToHashSet(StringComparer.OrdinalIgnoreCase);
        groups.Add(new ExerciseGroup(MoreKey, "More exercises", "Other exercises in the library.",
            exercises.Where(e => !grouped.Contains(e.Id)).ToArray()));
        return groups.Where(g => g.Exercises.Count > 0).ToArray();

        Exercise? Find(string id) => exercises.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The key of the group an exercise is listed under, e.g. "strength".</summary>
    public static string KeyOf(Exercise exercise) =>
        Table.FirstOrDefault(g => g.Ids.Contains(exercise.Id, StringComparer.OrdinalIgnoreCase)).Key ?? MoreKey;
}
