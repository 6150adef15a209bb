using System.Globalization;
using Harrier.Core.Answers;
using Harrier.Core.Intake;
using Harrier.Core.Runs;

namespace Harrier.Web.Features.Coaching;

/// <summary>Reads the intake page's form (the runner's own, or a coach's going through it with a client) into answers, with
/// errors in plain words, one per field; everything typed is kept to show again, even what is out of bounds.</summary>
public static class IntakeFormReader
{
    /// <summary>The form fields of the history's numbers and texts, by the history's JSON name (<see cref="ActivityHistory.Problems"/>).</summary>
    public static IReadOnlyDictionary<string, string> Fields { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["runningMinutesPerWeek"] = "running-minutes",
        ["hoursSittingPerDay"] = "sitting",
        ["strengthSessionsPerWeek"] = "strength",
        ["age"] = "age",
        ["bodyMassKg"] = "mass",
        ["heightCm"] = "height",
        ["injuriesLast12Months"] = "injuries",
        ["shoes"] = "shoes",
    };

    /// <summary>The history's yes/no questions: form field and question.</summary>
    public static IReadOnlyList<(string Name, string Question)> YesNo { get; } =
    [
        ("regular", "In the last 3 months, have you exercised at a moderate effort for at least 30 minutes on at least 3 days a week?"),
        ("running", "Do you run at the moment?"),
        ("treadmill", "Has most of your exercise been on a treadmill or an elliptical trainer?"),
        ("disease", "Do you have a known heart or circulation disease, diabetes or another metabolic disease, or kidney disease?"),
        ("back-pain", "Do you have back or leg pain now?"),
    ];

    /// <summary>The form field of a PAR-Q+ question.</summary>
    public static string Field(string id) => "parq-" + id;

    /// <summary>Reads the form: PAR-Q+ answers by id, the activity history as typed, and what to fix.</summary>
    public static IntakeFormInput Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var parQ = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var id in ParQForm.Shipped.AllIds)
        {
            var value = form[Field(id)].ToString();
            if (value is "yes" or "no")
            {
                parQ[id] = value == "yes";
            }
        }

        var errors = new List<string>();
        var fieldErrors = new Dictionary<string, string>(StringComparer.Ordinal);
        var missing = ParQPlus.Required(ParQForm.Shipped, parQ).Count(id => !parQ.ContainsKey(id));
        if (missing > 0)
        {
            errors.Add(missing == 1 ? "One health question above is not answered." : $"{missing} health questions above are not answered.");
        }

        var unanswered = YesNo.Where(q => form[q.Name] != "yes" && form[q.Name] != "no").ToArray();
        foreach (var (name, question) in unanswered)
        {
            fieldErrors[name] = "Answer yes or no.";
            errors.Add($"Answer yes or no: {question}");
        }

        var typed = Fields.Values.ToDictionary(name => name, name => form[name].ToString(), StringComparer.Ordinal);
        var history = new ActivityHistory
        {
            RegularExerciser = Yes(form, "regular"), CurrentlyRunning = Yes(form, "running"),
            RunningMinutesPerWeek = Int(form, "running-minutes", AnswerLimits.RunningMinutesPerWeek, fieldErrors),
            TreadmillOrElliptical = Yes(form, "treadmill"), KnownDisease = Yes(form, "disease"),
            Symptoms = form["symptom"].Select(s => Choice.TryParse<AcsmSymptom>(s, out var v) ? (AcsmSymptom?)v : null).OfType<AcsmSymptom>().ToArray(),
            TargetIntensity = Choice.TryParse<ExerciseIntensity>(form["intensity"], out var intensity) ? intensity : ExerciseIntensity.Moderate,
            InjuriesLast12Months = form["injuries"], CurrentBackOrLegPain = Yes(form, "back-pain"),
            HoursSittingPerDay = Number(form, "sitting", AnswerLimits.HoursSittingPerDay, fieldErrors),
            StrengthSessionsPerWeek = Int(form, "strength", AnswerLimits.StrengthSessionsPerWeek, fieldErrors), Shoes = form["shoes"],
            Surfaces = form["surface"].Select(s => Choice.TryParse<Surface>(s, out var v) ? (Surface?)v : null).OfType<Surface>().ToArray(),
            Age = Int(form, "age", AnswerLimits.Age, fieldErrors), BodyMassKg = Number(form, "mass", AnswerLimits.BodyMassKg, fieldErrors),
            HeightCm = Number(form, "height", AnswerLimits.HeightCm, fieldErrors),
        };
        foreach (var (field, problem) in history.Problems())
        {
            fieldErrors.TryAdd(Fields[field], problem);
        }

        errors.AddRange(Fields.Values.Where(fieldErrors.ContainsKey).Select(name => fieldErrors[name]));
        return new IntakeFormInput(parQ, history, errors, fieldErrors, unanswered.Select(q => q.Name).ToHashSet(StringComparer.Ordinal), typed);
    }

    private static bool Yes(IFormCollection form, string name) => form[name] == "yes";

    private static int? Int(IFormCollection form, string name, AnswerRange range, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(form[name]))
        {
            return null;
        }

        if (int.TryParse(form[name], NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite,
            CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[name] = range.NotANumber;
        return null;
    }

    private static double? Number(IFormCollection form, string name, AnswerRange range, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(form[name]))
        {
            return null;
        }

        if (double.TryParse(form[name], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        errors[name] = range.NotANumber;
        return null;
    }
}

/// <summary>The intake form as posted: PAR-Q+ answers, the history as typed, and what to fix.</summary>
/// <param name="ParQ">PAR-Q+ answers by id.</param>
/// <param name="History">The activity history, with every value as typed (out-of-bounds ones too, so they are shown again).</param>
/// <param name="Errors">Everything to fix, in plain words; empty when the intake can be kept.</param>
/// <param name="FieldErrors">The same, by form field, to show beside each field.</param>
/// <param name="Unanswered">The history's yes/no questions left unanswered (shown again unanswered, never as "no").</param>
/// <param name="Typed">The number and text fields exactly as typed, by form field.</param>
public sealed record IntakeFormInput(
    Dictionary<string, bool> ParQ, ActivityHistory History, List<string> Errors, IReadOnlyDictionary<string, string> FieldErrors,
    IReadOnlySet<string> Unanswered, IReadOnlyDictionary<string, string> Typed)
{
    /// <summary>The PAR-Q+ answers, the history (null when there is something to fix) and the errors.</summary>
    public void Deconstruct(out Dictionary<string, bool> parQ, out ActivityHistory? history, out List<string> errors)
    {
        parQ = ParQ;
        history = History;
        errors = Errors;
    }
}
