using System.Globalization;
using Harrier.Core.Plans;
using Harrier.Core.Screening;
using Spectre.Console;

namespace Harrier.Cli.Commands.Triage;

/// <summary>Writes a <see cref="TriageReport"/> for people: red flags first, most urgent first, then the ranked contributors.</summary>
internal static class TriageText
{
    public static void Write(IAnsiConsole console, TriageReport report)
    {
        console.MarkupLineInterpolated($"[bold]{TriageReport.InformsLine}[/] {RedFlagScreen.Disclaimer}");
        console.WriteLine();
        WriteRedFlags(console, report);
        console.WriteLine();
        WriteContributors(console, report);
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]Plan:[/] {WireName(report.PlanAction)}. {report.PlanReason}");
    }

    private static void WriteRedFlags(IAnsiConsole console, TriageReport report)
    {
        console.MarkupLineInterpolated($"[bold]Red flags:[/] {Label(report.Urgency)}");
        if (report.RedFlags.Count == 0)
        {
            console.MarkupLine("No red flag in your answers. Self-manage with monitoring, and answer again if anything changes.");
        }

        foreach (var flag in report.RedFlags)
        {
            console.MarkupLineInterpolated($" [{Colour(flag.Urgency)}]{Label(flag.Urgency)}[/] ({flag.Id}): {flag.Message}");
            console.MarkupLineInterpolated($"   Tell the clinician: {flag.TellClinician}");
        }

        if (report.SuspendPlan)
        {
            console.MarkupLine("[bold]The training plan is paused until you have been checked.[/]");
        }

        if (report.UnansweredRedFlags.Count > 0)
        {
            var ids = string.Join(", ", report.UnansweredRedFlags);
            console.MarkupLineInterpolated($"[yellow]Not answered:[/] {report.UnansweredRedFlags.Count} red-flag question(s) ({ids}).");
            console.MarkupLine("The screen covers only what you answered; add them under \"redFlags\" (docs/triage-input.md).");
        }

        if (report.AgeMissing)
        {
            console.MarkupLine("[yellow]Age not given:[/] the age-related checks were skipped; add \"age\" to the file.");
        }
    }

    private static void WriteContributors(IAnsiConsole console, TriageReport report)
    {
        console.MarkupLine("[bold]Possible contributors, most likely first[/] (ranked from your answers and your log, not a diagnosis):");
        if (report.Contributors.Count == 0)
        {
            console.MarkupLine(" Nothing in your answers or log points at a contributor yet.");
        }

        var rank = 0;
        foreach (var c in report.Contributors)
        {
            rank++;
            var score = c.Score.ToString(CultureInfo.InvariantCulture);
            var place = rank.ToString(CultureInfo.InvariantCulture);
            console.MarkupLineInterpolated($" [bold]{place}. {c.Title}[/] (score {score}, research {c.GradeTag})");
            foreach (var line in c.Evidence)
            {
                console.MarkupLineInterpolated($"    - {line}");
            }

            console.MarkupLineInterpolated($"    Research {c.GradeTag}: {c.Strength}");
            console.MarkupLineInterpolated($"    Source: {c.Source}");
            foreach (var action in c.Actions)
            {
                console.MarkupLineInterpolated($"    Try: {action.Exercise}: {action.Dose}");
            }

            if (c.Advice is { } advice)
            {
                console.MarkupLineInterpolated($"    Advice: {advice}");
            }
        }
    }

    private static string Label(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "EMERGENCY NOW",
        Urgency.Today => "SEE A CLINICIAN TODAY",
        Urgency.Soon => "see a clinician soon",
        _ => "self-manage with monitoring",
    };

    private static string Colour(Urgency urgency) => urgency switch
    {
        Urgency.Emergency or Urgency.Today => "bold red",
        Urgency.Soon => "yellow",
        _ => "default",
    };

    private static string WireName(PlanAction action) => action.ToString().ToLowerInvariant();
}
