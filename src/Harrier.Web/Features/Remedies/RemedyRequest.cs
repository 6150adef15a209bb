using System.Globalization;
using Harrier.Core.Exercises;
using Harrier.Core.Remedies;

namespace Harrier.Web.Features.Remedies;

/// <summary>
/// A new remedy experiment as the runner asks for it: a named remedy (or an exercise from the library), the first day, the period
/// length, the number of pairs and the washout. Shared by the page and the API; <see cref="Build"/> checks it field by field and
/// draws the random order of each pair.
/// </summary>
public sealed class RemedyRequest
{
    /// <summary>Longest remedy name the store keeps.</summary>
    public const int MaxRemedyLength = 200;

    /// <summary>How far ahead an experiment may start.</summary>
    public const int MaxDaysAhead = 365;

    /// <summary>The remedy in the runner's words; when empty, the chosen exercise's name is used.</summary>
    public string? Remedy { get; set; }

    /// <summary>An exercise id from the library (for example "hip-flexor-stretch"), or empty.</summary>
    public string? ExerciseId { get; set; }

    /// <summary>The first day of the first period: today or later, because days before the draw cannot be randomised.</summary>
    public DateOnly? Start { get; set; }

    /// <summary>Days in every period, 7–14 (default 7).</summary>
    public int PeriodDays { get; set; } = RemedyExperimentDesign.MinPeriodDays;

    /// <summary>
    /// Pairs of periods, 1–20. Left out: 6 (the fewest that can give a verdict), or fewer when only fewer fit before the goal day of
    /// the runner's plan (<see cref="RemedyPlanFit.DefaultLength"/>).
    /// </summary>
    public int? Pairs { get; set; }

    /// <summary>Hold the training plan steady during the experiment: repeat this week's level until it ends, the rest moving later.</summary>
    public bool HoldPlanSteady { get; set; }

    /// <summary>Days at the start of each period whose check-ins are ignored (default 3, at most half a period).</summary>
    public int WashoutDays { get; set; } = RemedyExperimentDesign.DefaultWashoutDays;

    /// <summary>The design with each pair's order drawn from <paramref name="random"/>, or the problems keyed by camelCase field name.</summary>
    public (RemedyExperimentDesign? Design, string? ExerciseId, Dictionary<string, string[]> Errors) Build(DateOnly today, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var errors = CheckFields(today);
        var exercise = string.IsNullOrWhiteSpace(ExerciseId) ? null : ExerciseLibrary.Find(ExerciseId.Trim());
        var name = string.IsNullOrWhiteSpace(Remedy) ? exercise?.Name : Remedy.Trim();
        if (name is null && !errors.ContainsKey("exerciseId"))
        {
            errors["remedy"] = ["Name the remedy, or pick an exercise from the library."];
        }

        if (errors.Count > 0)
        {
            return (null, null, errors);
        }

        var design = RemedyExperimentDesign.Create(name!, Start!.Value, PeriodDays, Pairs ?? RemedyExperiment.NeededPairs, random, WashoutDays);
        return (design, exercise?.Id, errors);
    }

    /// <summary>
    /// The problems with everything but the remedy's presence (its length, the exercise, start, period, pairs, washout) keyed by
    /// camelCase field name; empty when the dates can be laid out. Checked before anything is computed from them.
    /// </summary>
    public Dictionary<string, string[]> CheckFields(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (Remedy?.Trim() is { Length: > MaxRemedyLength })
        {
            errors["remedy"] = [string.Create(CultureInfo.InvariantCulture, $"Keep the name to {MaxRemedyLength} characters.")];
        }

        if (!string.IsNullOrWhiteSpace(ExerciseId) && ExerciseLibrary.Find(ExerciseId.Trim()) is null)
        {
            errors["exerciseId"] = ["That exercise is not in the library."];
        }

        CheckStart(today, errors);
        CheckLengths(errors);
        return errors;
    }

    private void CheckStart(DateOnly today, Dictionary<string, string[]> errors)
    {
        if (Start is not { } start)
        {
            errors["start"] = ["Choose the first day."];
        }
        else if (start < today)
        {
            errors["start"] = ["Start today or later: days before the random draw cannot count."];
        }
        else if (start > today.AddDays(MaxDaysAhead))
        {
            errors["start"] = ["Start within the next year."];
        }
    }

    private void CheckLengths(Dictionary<string, string[]> errors)
    {
        var invariant = CultureInfo.InvariantCulture;
        if (PeriodDays is < RemedyExperimentDesign.MinPeriodDays or > RemedyExperimentDesign.MaxPeriodDays)
        {
            errors["periodDays"] = [string.Create(invariant,
                $"A period lasts {RemedyExperimentDesign.MinPeriodDays} to {RemedyExperimentDesign.MaxPeriodDays} days.")];
        }

        if (Pairs is not null and (< 1 or > RemedyExperimentDesign.MaxPairs))
        {
            errors["pairs"] = [string.Create(invariant,
                $"Choose 1 to {RemedyExperimentDesign.MaxPairs} pairs; a verdict needs {RemedyExperiment.NeededPairs}.")];
        }

        var longestWashout = Math.Clamp(PeriodDays, RemedyExperimentDesign.MinPeriodDays, RemedyExperimentDesign.MaxPeriodDays) / 2;
        if (WashoutDays < 0 || WashoutDays > longestWashout)
        {
            errors["washoutDays"] = [string.Create(invariant, $"Ignore 0 to {longestWashout} days at the start of each period (at most half of it).")];
        }
    }

    /// <summary>The form field (PascalCase property) for an error reported under its API name.</summary>
    public static string FieldFor(string apiField)
    {
        ArgumentException.ThrowIfNullOrEmpty(apiField);
        return string.Concat(apiField[..1].ToUpperInvariant(), apiField[1..]);
    }
}
