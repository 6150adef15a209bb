using System.ComponentModel;
using Harrier.Core.Screening;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Triage;

/// <summary>
/// <c>harrier triage</c>: the red-flag screen and the ranked contributors for an answers file (<c>docs/triage-input.md</c>),
/// optionally with a stored runner's runs, pain entries and check-ins.
/// </summary>
public sealed class TriageCommand(IAnsiConsole console, TimeProvider clock, ErrorOutput errors) : AsyncCommand<TriageCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("-i|--input <FILE>")]
        [Description("The answers file (JSON, see docs/triage-input.md): questionnaire, red-flag answers, age, current pain entry.")]
        public string Input { get; init; } = "";

        [CommandOption("-u|--user <EMAIL>")]
        [Description("Also read this runner's stored runs, pain entries and check-ins.")]
        public string? User { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Input) ? ValidationResult.Error("--input is required.")
            : User is not null && string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user needs an email address.")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.Input))
        {
            return await FailAsync($"no answers file at '{settings.Input}'.");
        }

        string text;
        try
        {
            text = await File.ReadAllTextAsync(settings.Input, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return await FailAsync($"cannot read '{settings.Input}': {e.Message}");
        }

        var history = RunnerHistory.Empty;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (settings.User is { } email)
        {
            await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
            if (await CliDatabase.FindUserAsync(db, email, cancellationToken) is not { } user)
            {
                return await FailAsync($"no account with the email {email}.");
            }

            today = user.Today(clock);
            history = await RunnerHistory.LoadAsync(db, user.Id, today, cancellationToken);
        }

        var (input, problem) = TriageInput.Parse(text, today);
        if (input is null)
        {
            return await FailAsync($"{settings.Input}: {problem}");
        }

        var screen = RedFlagScreen.Evaluate(input.RedFlags, input.ScreenedEntry(today), input.Age);
        var report = TriageReport.From(screen, history.Rank(input.Answers, input.PainEntry, today));
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(report.ToJson());
        }
        else
        {
            TriageText.Write(console, report);
        }

        return 0;
    }

    private async Task<int> FailAsync(string message)
    {
        await errors.Writer.WriteLineAsync($"harrier triage: {message}");
        return 1;
    }
}
