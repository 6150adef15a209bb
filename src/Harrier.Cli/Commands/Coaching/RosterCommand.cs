using System.Globalization;
using Harrier.Core.Coaching;
using Harrier.Data.Coaching;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Coaching;

/// <summary><c>harrier coach roster</c>: every client, who needs attention first, with the reasons (health only where shared;
/// each health view is recorded for the runner).</summary>
public sealed class RosterCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<CoachSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CoachSettings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindCoachOrSayAsync(db, settings.Coach, console, cancellationToken) is not { } coach)
        {
            return 1;
        }

        var roster = await new CoachRoster(db, clock).BuildAsync(coach.Id, "cli", cancellationToken);
        if (settings.Json)
        {
            var rows = roster.Select(e => new
            {
                runnerId = e.Client.RunnerId, name = e.Client.Name, scope = e.Client.Scope, attention = e.Attention, reasons = e.Reasons,
                intakeValid = e.Client.Intake.IsValid, todaySession = e.Client.TodaySession, lastRunDay = e.Client.LastRunDay,
                lastRunMeters = e.Client.LastRunDistance?.Meters, planned = e.Client.Planned, done = e.Client.Done,
                latestMorningPain = e.Client.LatestMorningPain, morningPainTrend = e.Client.Trend?.MorningDirection, painDecision = e.Client.PainDecision?.Action,
                openWarningSign = e.Client.OpenWarningSign?.Overall,
            });
            await console.Profile.Out.Writer.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(rows, CliJson.Options));
            return 0;
        }

        var table = new Table().AddColumns("Runner", "Needs", "Today", "Last run", "14 days", "Morning pain");
        foreach (var entry in roster)
        {
            var c = entry.Client;
            table.AddRow(Markup.Escape(c.Name), Markup.Escape(entry.Reasons.Count == 0 ? "on track" : string.Join("; ", entry.Reasons)),
                Markup.Escape(c.TodaySession ?? "no plan"),
                c.LastRunDay is { } d ? $"{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {c.LastRunDistance!.Value.Format(coach.DistanceUnit)}" : "–",
                c.Planned == 0 ? "–" : $"{c.Done}/{c.Planned}",
                c.Scope == SharingScope.Training ? "not shared"
                    : (c.LatestMorningPain is { } p ? $"{p}/10" : "–") + (c.Trend?.MorningDirection is { } way ? $" ({way})" : ""));
        }

        console.Write(table);
        return 0;
    }
}
