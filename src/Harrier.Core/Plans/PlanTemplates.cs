using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Runs;
using Harrier.Core.Units;

namespace Harrier.Core.Plans;

/// <summary>The templates shipped as <c>Plans/Templates/*.template.json</c> resources, read once.</summary>
public static class PlanTemplates
{
    private const double MetersPerYard = 0.9144;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private static readonly Lazy<IReadOnlyList<PlanTemplate>> Loaded = new(Load);

    /// <summary>Every template, ordered by id.</summary>
    public static IReadOnlyList<PlanTemplate> All => Loaded.Value;

    public static PlanTemplate? Find(string id) => All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase));

    public static PlanTemplate Get(string id) => Find(id) ?? throw new ArgumentException($"No template '{id}'.", nameof(id));

    /// <summary>Reads one template file's JSON text.</summary>
    public static PlanTemplate Parse(string json)
    {
        var file = JsonSerializer.Deserialize<TemplateFile>(json, Options) ?? throw new FormatException("Empty template.");
        var weeks = file.Weeks.Select(w => new TemplateWeek(w.Week, ToWorkouts(w).ToArray(), w.Days?.Select(ParseDay).ToArray())).ToArray();
        if (weeks.Select(w => w.Number).SequenceEqual(Enumerable.Range(1, weeks.Length)) is false)
        {
            throw new FormatException($"Template '{file.Id}' must number its weeks 1, 2, 3, …");
        }

        return new PlanTemplate(file.Id, file.Name, file.Summary, Enum.Parse<TemplateAudience>(file.Audience, ignoreCase: true),
            file.Warning, file.Source, file.Evidence, file.DefaultDays.Select(ParseDay).ToArray(), weeks);
    }

    private static List<PlanTemplate> Load()
    {
        var assembly = typeof(PlanTemplates).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Harrier.Core.Plans.", StringComparison.Ordinal)
                && n.EndsWith(".template.json", StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return Parse(reader.ReadToEnd());
            })
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<Workout> ToWorkouts(TemplateFile.WeekEntry week)
    {
        var index = 0;
        foreach (var entry in week.Workouts)
        {
            var kind = WireNames.ParseWorkoutKind(entry.Kind);
            var steps = entry.Steps.SelectMany(Expand).ToArray();
            for (var i = 0; i < (entry.Times ?? 1); i++)
            {
                index++;
                var noun = kind is WorkoutKind.Run or WorkoutKind.WalkRun ? "run" : "day";
                var title = entry.Title ?? string.Create(CultureInfo.InvariantCulture, $"Week {week.Week}, {noun} {index}");
                yield return new Workout(kind, title, entry.Instruction, steps, ToTarget(entry), i == 0 ? entry.Checkpoint : null);
            }
        }
    }

    private static WorkoutTarget? ToTarget(TemplateFile.WorkoutEntry entry)
    {
        var pace = entry.PacePerKm is { } km ? ParsePace(km, 1000)
            : entry.PacePerMile is { } mile ? ParsePace(mile, Distance.MetersPerMile) : (Pace?)null;
        return entry.Target is null && entry.Effort is null && pace is null
            ? null
            : new WorkoutTarget(null, null, entry.Effort is { } e ? new Effort(e) : null, pace, entry.Target ?? "");
    }

    private static IEnumerable<WorkoutStep> Expand(TemplateFile.StepEntry step)
    {
        if (step.Repeat is { } times)
        {
            var inner = (step.Steps ?? throw new FormatException("A repeat needs steps.")).SelectMany(Expand).ToArray();
            return Enumerable.Repeat(inner, times).SelectMany(s => s);
        }

        var kind = WireNames.ParseStepKind(step.Kind ?? throw new FormatException("A step needs a kind."));
        var seconds = step.Seconds ?? step.Minutes * 60;
        var meters = step.Meters ?? step.Yards * MetersPerYard ?? step.Miles * Distance.MetersPerMile;
        return [new WorkoutStep(kind, seconds is { } s ? (int)Math.Round(s) : null, meters)];
    }

    private static Pace ParsePace(string text, double metersPerUnit) =>
        DurationText.TryParse(text, out var perUnit)
            ? Pace.FromSecondsPerKilometer(perUnit.TotalSeconds * 1000 / metersPerUnit)
            : throw new FormatException($"Bad pace '{text}'.");

    private static DayOfWeek ParseDay(string name) => Enum.Parse<DayOfWeek>(name, ignoreCase: true);
}
