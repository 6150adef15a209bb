using System.Globalization;
using Harrier.Core.Intake;
using Harrier.Core.Runs;

namespace Harrier.Web.Features.Coaching;

/// <summary>Reads the intake page's form (the runner's own, or a coach's going through it with a client) into answers, with
/// errors in plain words; what was typed is kept to show again.</summary>
public static class IntakeFormReader
{
    /// <summary>The form field of a PAR-Q+ question.</summary>
    public static string Field(string id) => "parq-" + id;

    /// <summary>Reads the form: PAR-Q+ answers by id, the activity history, and errors (empty when fine).</summary>
    public static (Dictionary<string, bool> ParQ, ActivityHistory? History, List<string> Errors) Read(IFormCollection form)
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
        var missing = ParQPlus.Required(ParQForm.Shipped, parQ).Count(id => !parQ.ContainsKey(id));
        if (missing > 0)
        {
            errors.Add(missing == 1 ? "One question above is not answered." : $"{missing} questions above are not answered.");
        }

        try
        {
            var history = new ActivityHistory
            {
                RegularExerciser = Yes(form, "regular"), CurrentlyRunning = Yes(form, "running"), RunningMinutesPerWeek = Int(form, "running-minutes"),
                TreadmillOrElliptical = Yes(form, "treadmill"), KnownDisease = Yes(form, "disease"),
                Symptoms = form["symptom"].Select(s => Enum.TryParse<AcsmSymptom>(s, out var v) ? (AcsmSymptom?)v : null).OfType<AcsmSymptom>().ToArray(),
                TargetIntensity = Enum.TryParse<ExerciseIntensity>(form["intensity"], out var intensity) ? intensity : ExerciseIntensity.Moderate,
                InjuriesLast12Months = form["injuries"], CurrentBackOrLegPain = Yes(form, "back-pain"), HoursSittingPerDay = Number(form, "sitting"),
                StrengthSessionsPerWeek = Int(form, "strength"), Shoes = form["shoes"],
                Surfaces = form["surface"].Select(s => Enum.TryParse<Surface>(s, out var v) ? (Surface?)v : null).OfType<Surface>().ToArray(),
                Age = Int(form, "age"), BodyMassKg = Number(form, "mass"), HeightCm = Number(form, "height"),
            };
            return (parQ, history, errors);
        }
        catch (ArgumentOutOfRangeException)
        {
            errors.Add("Check the numbers: age 10–110, body mass 30–300 kg, height 120–230 cm, sitting 0–24 hours, strength 0–14 a week; texts up to 1,000 characters.");
            return (parQ, null, errors);
        }
    }

    private static bool Yes(IFormCollection form, string name) => form[name] == "yes";

    private static int? Int(IFormCollection form, string name) =>
        int.TryParse(form[name], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v
        : string.IsNullOrWhiteSpace(form[name]) ? null : throw new ArgumentOutOfRangeException(name);

    private static double? Number(IFormCollection form, string name) =>
        double.TryParse(form[name], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v
        : string.IsNullOrWhiteSpace(form[name]) ? null : throw new ArgumentOutOfRangeException(name);
}
