using System.ComponentModel;
using Harrier.Data.Intake;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Coaching;

/// <summary><c>harrier intake show</c>: a runner's intake status, latest outcome and history.</summary>
public sealed class IntakeShowCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<IntakeShowCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("-u|--user <EMAIL>")]
        [Description("The runner's email address.")]
        public string User { get; init; } = "";

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user is required.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.User, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        var intake = new RunnerIntake(db, clock);
        var status = await intake.StatusAsync(user.Id, user.Today(clock), cancellationToken);
        var history = await intake.HistoryAsync(user.Id, cancellationToken);
        var latest = await intake.LatestAsync(user.Id, cancellationToken);
        if (settings.Json)
        {
            var json = new
            {
                valid = status.IsValid, status = status.Reason, validUntil = status.ValidUntil,
                latest = latest is null ? null : new
                {
                    day = latest.Record.Day, verdict = latest.Outcome.Verdict, headline = latest.Outcome.Headline, nextSteps = latest.Outcome.NextSteps,
                    parQ = latest.Outcome.ParQ.Outcome, acsm = latest.Outcome.Acsm, enteredByCoach = latest.Record.EnteredById != user.Id,
                },
                history = history.Select(h => new { day = h.Day, verdict = h.Verdict, headline = h.Headline, enteredByCoach = h.EnteredById != user.Id }),
            };
            await console.Profile.Out.Writer.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(json, CliJson.Options));
            return 0;
        }

        console.MarkupLineInterpolated($"[bold]Intake:[/] {(status.IsValid ? "valid" : "due")}. {status.Reason}");
        if (latest is not null)
        {
            console.MarkupLineInterpolated($"Latest, {latest.Record.Day:yyyy-MM-dd}: [bold]{latest.Outcome.Headline}[/]");
            foreach (var step in latest.Outcome.NextSteps)
            {
                console.MarkupLineInterpolated($"  - {step}");
            }
        }

        foreach (var h in history.Skip(1))
        {
            console.MarkupLineInterpolated($"Earlier, {h.Day:yyyy-MM-dd}: {h.Headline}");
        }

        return 0;
    }
}
