using Harrier.Core.Evidence;
using System.Text.RegularExpressions;

namespace Harrier.Core.Exercises;

/// <summary>Checks the exercise data beyond its JSON shape; every problem is reported, not only the first.</summary>
internal static partial class ExerciseValidation
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<Exercise> exercises)
    {
        var problems = exercises.SelectMany(ProblemsOf).ToList();
        problems.AddRange(exercises.GroupBy(e => e.Id, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"Id '{g.Key}' is used {g.Count()} times."));
        return problems;
    }

    private static IEnumerable<string> ProblemsOf(Exercise e)
    {
        if (!IdPattern().IsMatch(e.Id))
        {
            yield return $"Id '{e.Id}' must be lower-case kebab-case.";
        }

        if (IsBlank(e.Name) || IsBlank(e.Purpose))
        {
            yield return $"'{e.Id}' needs a name and a purpose.";
        }

        if (e.Instructions.Count == 0 || e.Instructions.Any(IsBlank) || e.Instructions.Any(s => NumberedPattern().IsMatch(s)))
        {
            yield return $"'{e.Id}' needs plain, unnumbered instruction steps.";
        }

        if (IsBlank(e.Dose.Frequency) || IsBlank(e.Dose.Basis)
            || new[] { e.Dose.Sets, e.Dose.Reps, e.Dose.HoldSeconds, e.Dose.Minutes }.Any(v => v is <= 0))
        {
            yield return $"'{e.Id}' needs a dose with a frequency, a basis and positive numbers.";
        }

        foreach (var problem in EvidenceProblems(e))
        {
            yield return problem;
        }

        if (e.Safety.Count == 0 || e.Safety.Any(IsBlank))
        {
            yield return $"'{e.Id}' needs at least one safety note.";
        }

        if (!string.Equals(e.Picture, e.Id + ".svg", StringComparison.Ordinal))
        {
            yield return $"'{e.Id}' must use the picture '{e.Id}.svg', not '{e.Picture}'.";
        }
    }

    private static IEnumerable<string> EvidenceProblems(Exercise e)
    {
        var evidence = e.Evidence;
        if (!evidence.Summary.StartsWith(evidence.CertaintyText + ":", StringComparison.Ordinal))
        {
            yield return $"'{e.Id}' evidence summary must start with its grade, \"{evidence.CertaintyText}:\".";
        }

        if (evidence.Claims.Count == 0)
        {
            yield return $"'{e.Id}' needs at least one sourced evidence claim.";
        }

        foreach (var claim in evidence.Claims)
        {
            if (IsBlank(claim.Claim) || IsBlank(claim.Source))
            {
                yield return $"'{e.Id}' has an evidence claim without text or source.";
            }
            else if (claim.Tag == EvidenceGrade.Unverified && !claim.Claim.StartsWith("Unverified:", StringComparison.Ordinal))
            {
                yield return $"'{e.Id}' states an unverified [U] claim as fact; start it with \"Unverified:\".";
            }
        }
    }

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^\s*\d+[.)]")]
    private static partial Regex NumberedPattern();
}
