using Harrier.Core.Screening;
using Harrier.Core.Triage;
using Spectre.Console;

namespace Harrier.Cli.Commands.Triage;

/// <summary>Writes a triage result for people: the warning signs first, stopping there when they need a clinician today or now;
/// then the decision for training and the contributors.</summary>
internal static class TriageText
{
    public static void Write(IAnsiConsole console, TriageDocument result)
    {
        console.MarkupLineInterpolated($"[bold]{TriageDocument.InformsLine}[/] {RedFlagScreen.Disclaimer}");
        console.WriteLine();
        WriteWarningSigns(console, result.WarningSigns);
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]Training:[/] {result.Decision.Heading}. {result.Decision.Reason}");
        console.MarkupLineInterpolated($"  Basis: {result.Decision.Basis.Name} ({result.Decision.Basis.GradeWords}). Source: {result.Decision.Basis.Source}");
        if (result.StoppedAtFlag)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Nothing else until you have been seen:[/] possible contributors are not ranked while a warning sign needs a clinician.");
            return;
        }

        console.WriteLine();
        WriteContributors(console, result);
    }

    private static void WriteWarningSigns(IAnsiConsole console, WarningSignsDocument signs)
    {
        console.MarkupLineInterpolated($"[{Colour(signs.Urgency)}]Warning signs: {signs.Heading}[/]");
        console.MarkupLineInterpolated($"  {signs.Lead}");
        foreach (var finding in signs.Findings)
        {
            console.MarkupLineInterpolated($" [{Colour(finding.Urgency)}]{Capital(finding.Label)}[/] ({Words(finding.Urgency)}): {finding.Action}");
            console.MarkupLineInterpolated($"   Tell the clinician: {finding.TellClinician}");
            console.MarkupLineInterpolated($"   Source: {finding.Source} ({finding.GradeWords})");
        }
    }

    private static void WriteContributors(IAnsiConsole console, TriageDocument result)
    {
        foreach (var c in result.ToCheck)
        {
            console.MarkupLineInterpolated($"[bold red]To get checked, not ranked: {c.Title}[/]");
            foreach (var line in c.Evidence)
            {
                console.MarkupLineInterpolated($"    - {line}");
            }

            if (c.Advice is { } advice)
            {
                console.MarkupLineInterpolated($"    {advice}");
            }

            console.MarkupLineInterpolated($"    Research: {c.Strength} ({c.GradeWords}). Source: {c.Source}");
        }

        if (result.ToCheck.Count > 0)
        {
            console.WriteLine();
        }

        console.MarkupLine("[bold]Possible contributors[/] (ranked from your answers and your log, not a diagnosis; equal scores share a place):");
        if (result.Contributors.Count == 0)
        {
            console.MarkupLine(" Nothing in your answers or log points at a contributor yet.");
        }

        foreach (var c in result.Contributors)
        {
            var place = c.Tied ? $"joint {c.Place}" : $"{c.Place}";
            console.MarkupLineInterpolated($" [bold]{place}. {c.Title}[/] (research: {c.GradeWords})");
            foreach (var line in c.Evidence)
            {
                console.MarkupLineInterpolated($"    - {line}");
            }

            console.MarkupLineInterpolated($"    Research: {c.Strength}");
            console.MarkupLineInterpolated($"    Source: {c.Source}");
            foreach (var action in c.Actions)
            {
                console.MarkupLineInterpolated($"    Try: {action.Name}: {action.Dose}");
            }

            if (c.Advice is { } advice)
            {
                console.MarkupLineInterpolated($"    Advice: {advice}");
            }
        }

        if (result.NeedData.Count > 0)
        {
            console.MarkupLine("[bold]Not enough data yet[/] (not ranked):");
            foreach (var c in result.NeedData)
            {
                console.MarkupLineInterpolated($" - {c.Title}. Would tell: {c.WouldTell}");
            }
        }

        if (result.NotIndicated.Count > 0)
        {
            console.MarkupLineInterpolated($"[bold]Not indicated[/] by your answers or log: {string.Join("; ", result.NotIndicated.Select(c => c.Title))}.");
        }
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Words(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "emergency",
        Urgency.Today => "see a clinician today",
        Urgency.Soon => "see a clinician soon",
        _ => "to watch",
    };

    private static string Colour(Urgency urgency) => urgency switch
    {
        Urgency.Emergency or Urgency.Today => "bold red",
        Urgency.Soon => "yellow",
        _ => "default",
    };
}
