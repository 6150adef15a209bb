using System.Globalization;
using System.Text.Json;
using Harrier.Cli.Commands.Coaching;
using Harrier.Core.Evidence;
using Harrier.Core.GroupRuns;
using Harrier.Data.GroupRuns;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.GroupRuns;

/// <summary>
/// <c>harrier group-run sheet ID</c>: the run sheet (each runner who said yes with their own session and finish, the light, when the
/// group is back), the same sheet as the web page and <c>GET /api/group-runs/{id}/sheet</c>.
/// </summary>
public sealed class GroupRunSheetCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<GroupRunSheetCommand.Settings>
{
    public sealed class Settings : CoachSettings
    {
        [CommandArgument(0, "<ID>")]
        [System.ComponentModel.Description("The group run's number (from group-run list).")]
        public int Id { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindCoachOrSayAsync(db, settings.Coach, console, cancellationToken) is not { } coach)
        {
            return 1;
        }

        if (await new RunSheets(db, clock).BuildAsync(coach.Id, settings.Id, "cli", cancellationToken) is not var (run, sheet))
        {
            console.MarkupLineInterpolated($"[red]You have no group run {settings.Id}.[/] See harrier group-run list --coach {settings.Coach}.");
            return 1;
        }

        if (settings.Json)
        {
            var json = new
            {
                id = run.Run.Id, title = run.Run.Title, place = sheet.PlaceName, start = sheet.Start, timeZone = run.Zone.Id, cancelled = run.Run.IsCancelled,
                civilDawn = sheet.Sun.CivilDawn, sunrise = sheet.Sun.Sunrise, lightLine = sheet.LightLine, dark = sheet.Advice is not null,
                warmUpSeconds = sheet.WarmUpSeconds, coolDownSeconds = sheet.CoolDownSeconds, groupBack = sheet.GroupBack,
                lines = sheet.Lines.Select(l => new
                {
                    runnerId = l.RunnerId, name = l.Name, readiness = l.Readiness, readinessWords = l.Readiness.Words(), title = l.Title,
                    summary = l.Summary, effort = l.Effort, runningSeconds = l.RunningSeconds, ownPartSeconds = l.OwnPartSeconds, finish = l.Finish, notes = l.Notes,
                }),
            };
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(json, CliJson.Options));
            return 0;
        }

        console.MarkupLineInterpolated($"[bold]{run.Run.Title}, {sheet.Start.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} at {sheet.PlaceName}[/]");
        if (run.Run.IsCancelled)
        {
            console.MarkupLine("[red bold]Cancelled.[/]");
        }

        console.MarkupLineInterpolated($"{sheet.LightLine}.");
        console.MarkupLineInterpolated($"{Clock(sheet.Start)} together: {Minutes(sheet.WarmUpSeconds)} brisk warm-up walk.");
        var table = new Table().AddColumns("Runner", "Session", "Runs", "Back at", "Notes");
        foreach (var line in sheet.Lines)
        {
            var session = line.Summary is { } summary ? $"{line.Title}: {summary}" : line.Title;
            var notes = line.Readiness is Readiness.GoEasy or Readiness.NotToday ? [line.Readiness.Words(), .. line.Notes] : line.Notes;
            table.AddRow(Markup.Escape(line.Name), Markup.Escape(session), line.Finish is null ? "–" : Minutes(line.RunningSeconds),
                line.Finish is { } f ? Clock(f) : "–", Markup.Escape(string.Join(" ", notes)));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Then together: {Minutes(sheet.CoolDownSeconds)} cool-down walk. Group back at {Clock(sheet.GroupBack)}.");
        if (sheet.Advice is { } advice)
        {
            console.MarkupLineInterpolated($"[bold]{advice.Title}[/] ({advice.Grade.Words()})");
            foreach (var item in advice.ForCoaches)
            {
                console.MarkupLineInterpolated($"  - {item}");
            }
        }

        return 0;
    }

    private static string Clock(DateTimeOffset t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Minutes(int seconds) => Core.Units.DurationText.Format(TimeSpan.FromSeconds(seconds));
}
