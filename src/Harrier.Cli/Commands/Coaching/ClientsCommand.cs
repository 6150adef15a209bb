using System.Globalization;
using Harrier.Core.Coaching;
using Harrier.Data.Coaching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Coaching;

/// <summary><c>harrier coach clients</c>: the runners who share their data with a coach, and what they share.</summary>
public sealed class ClientsCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<CoachSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CoachSettings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindCoachOrSayAsync(db, settings.Coach, console, cancellationToken) is not { } coach)
        {
            return 1;
        }

        var clients = await new CoachAccess(db, clock).ClientsAsync(coach.Id, cancellationToken);
        if (settings.Json)
        {
            var rows = clients.Select(c => new { runnerId = c.Runner.Id, name = c.Runner.DisplayName, email = c.Runner.Email, scope = c.Link.Scope, since = c.Link.CreatedUtc });
            await console.Profile.Out.Writer.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(rows, CliJson.Options));
            return 0;
        }

        var table = new Table().AddColumns("Runner", "Email", "Shares", "Since");
        foreach (var (link, runner) in clients)
        {
            table.AddRow(Markup.Escape(runner.DisplayName), Markup.Escape(runner.Email ?? ""),
                link.Scope == SharingScope.TrainingAndHealth ? "training and health" : "training only",
                link.CreatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{clients.Count} client(s).");
        return 0;
    }
}
