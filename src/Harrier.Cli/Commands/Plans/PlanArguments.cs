using System.Globalization;
using Harrier.Core.Plans;
using Harrier.Core.Units;
using Spectre.Console;

namespace Harrier.Cli.Commands.Plans;

/// <summary>
/// Reads the plan commands' dates ("2027-01-04") and units ("km", "mi"), and reports <see cref="PlanInput.Validate"/>'s findings
/// under the command-line option each field comes from. Weekdays are read by <see cref="WeekdayText"/>.
/// </summary>
internal static class PlanArguments
{
    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>"km", "mi" and their long names, in any case.</summary>
    public static bool TryParseUnit(string? text, out DistanceUnit unit)
    {
        (unit, var ok) = text?.Trim().ToLowerInvariant() switch
        {
            "km" or "kilometers" or "kilometres" => (DistanceUnit.Kilometers, true),
            "mi" or "mile" or "miles" => (DistanceUnit.Miles, true),
            _ => (DistanceUnit.Kilometers, false),
        };
        return ok;
    }

    /// <summary>Today in the machine's local calendar, from the injected clock.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The option a <see cref="PlanField"/> is given with.</summary>
    public static string Option(string field) => field switch
    {
        PlanField.Template => "--template",
        PlanField.Start => "--start",
        PlanField.Days => "--days",
        PlanField.Goal => "--goal",
        PlanField.By => "--by",
        PlanField.Current => "--current",
        PlanField.TargetTime => "--target",
        PlanField.LongRunDay => "--long-run-day",
        PlanField.WeightKg => "--weight-kg",
        PlanField.HeightCm => "--height-cm",
        _ => field,
    };

    /// <summary>Writes the problems in red, each after its option; true when there are none.</summary>
    public static bool ReportErrors(IAnsiConsole console, PlanInputCheck check)
    {
        foreach (var (field, messages) in check.Errors)
        {
            foreach (var message in messages)
            {
                console.MarkupLineInterpolated($"[red]{Option(field)}: {message}[/]");
            }
        }

        return check.IsValid;
    }

    /// <summary>The cautions, for writing above the plan.</summary>
    public static IReadOnlyList<string> Cautions(PlanInputCheck check) => check.Warnings.SelectMany(w => w.Value).ToArray();
}
