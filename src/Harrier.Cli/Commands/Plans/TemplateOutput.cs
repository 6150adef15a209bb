using Harrier.Core.Plans;

namespace Harrier.Cli.Commands.Plans;

/// <summary>A template as <c>harrier plan templates --json</c> lists it.</summary>
internal sealed record TemplateOutput(
    string Id, string Name, string Summary, string Audience, int Weeks, int DaysPerWeek, IReadOnlyList<string> DefaultDays, string? Warning,
    string Source, IReadOnlyList<string> Evidence)
{
    public static TemplateOutput From(PlanTemplate t) => new(
        t.Id, t.Name, t.Summary, t.Audience.ToString().ToLowerInvariant(), t.Weeks.Count, t.DaysPerWeek,
        t.DefaultDays.Select(d => d.ToString().ToLowerInvariant()).ToArray(), t.Warning, t.Source, t.Evidence);
}
