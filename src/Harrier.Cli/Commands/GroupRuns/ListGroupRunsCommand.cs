using System.Globalization;
using System.Text.Json;
using Harrier.Cli.Commands.Coaching;
using Harrier.Data.GroupRuns;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.GroupRuns;

/// <summary><c>harrier group-run list</c>: the coach's group runs from today on, with the light and the answers.</summary>
public sealed class ListGroupRunsCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<CoachSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CoachSettings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindCoachOrSayAsync(db, settings.Coach, console, cancellationToken) is not { } coach)
        {
            return 1;
        }

        var runs = await new CoachGroupRuns(db, clock).ListAsync(coach.Id, coach.Today(clock), 200, cancellationToken);
        if (settings.Json)
        {
            var rows = runs.Select(d => new
            {
                id = d.Run.Id, seriesId = d.Run.SeriesId, title = d.Run.Title, place = d.Run.Place.Name, start = d.Start, timeZone = d.Zone.Id,
                cancelled = d.Run.IsCancelled, lightLine = d.LightLine, dark = d.Light.IsDark,
                yes = d.Count(RsvpAnswer.Yes), maybe = d.Count(RsvpAnswer.Maybe), no = d.Count(RsvpAnswer.No), notAnswered = d.Count(RsvpAnswer.None),
            });
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(rows, CliJson.Options));
            return 0;
        }

        if (runs.Count == 0)
        {
            console.MarkupLine("No group runs from today on.");
            return 0;
        }

        var table = new Table().AddColumns("#", "When", "Run", "Place", "Light", "Yes/maybe/no/–");
        foreach (var d in runs)
        {
            table.AddRow(d.Run.Id.ToString(CultureInfo.InvariantCulture), d.Start.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Markup.Escape(d.Run.IsCancelled ? d.Run.Title + " (cancelled)" : d.Run.Title), Markup.Escape(d.Run.Place.Name), Markup.Escape(d.LightLine),
                string.Create(CultureInfo.InvariantCulture, $"{d.Count(RsvpAnswer.Yes)}/{d.Count(RsvpAnswer.Maybe)}/{d.Count(RsvpAnswer.No)}/{d.Count(RsvpAnswer.None)}"));
        }

        console.Write(table);
        return 0;
    }
}
