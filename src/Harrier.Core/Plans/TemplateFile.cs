namespace Harrier.Core.Plans;

// The shape of a *.template.json file; read by PlanTemplates only. Property names are camelCase in the file.
internal sealed record TemplateFile(
    string Id,
    string Name,
    string Summary,
    string Audience,
    string Source,
    string[] Evidence,
    string[] DefaultDays,
    TemplateFile.WeekEntry[] Weeks,
    string? Warning = null)
{
    internal sealed record WeekEntry(int Week, WorkoutEntry[] Workouts, string[]? Days = null);

    internal sealed record WorkoutEntry(
        string Kind,
        string Instruction,
        StepEntry[] Steps,
        int? Times = null,
        string? Title = null,
        int? Effort = null,
        string? Target = null,
        string? PacePerMile = null,
        string? PacePerKm = null,
        string? Checkpoint = null);

    /// <summary>A step (kind plus seconds, minutes, meters, yards or miles) or a group (repeat plus steps).</summary>
    internal sealed record StepEntry(
        string? Kind = null,
        double? Seconds = null,
        double? Minutes = null,
        double? Meters = null,
        double? Yards = null,
        double? Miles = null,
        int? Repeat = null,
        StepEntry[]? Steps = null);
}
