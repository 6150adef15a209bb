using System.ComponentModel;
using Harrier.Data;
using Harrier.Data.Import;
using Harrier.Data.Ownership;
using Microsoft.Extensions.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Ownership;

/// <summary>
/// <c>harrier import-account FILE --user EMAIL</c>: brings an account export from another Harrier server into an empty account
/// here, all or nothing. Exit code 0 when stored, 1 when the account is missing or not empty, 2 when the file is refused.
/// </summary>
public sealed class ImportAccountCommand(IAnsiConsole console) : AsyncCommand<ImportAccountCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The export zip (from harrier export or the web app's download).")]
        public string File { get; init; } = "";

        [CommandOption("-u|--user <EMAIL>")]
        [Description("The account to import into; it must exist and hold no runs, plans or health records yet.")]
        public string User { get; init; } = "";

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user is required: the account to import into.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!System.IO.File.Exists(settings.File))
        {
            console.MarkupLineInterpolated($"[red]There is no file {settings.File}.[/]");
            return 1;
        }

        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.User, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        var import = new AccountImport(db, ImportConfiguration.Limits(new ConfigurationBuilder().AddHarrierSources(settings.DataDir).Build()));
        if (!await import.IsEmptyAsync(user.Id, cancellationToken))
        {
            console.MarkupLineInterpolated($"[red]{settings.User} already holds runs, plans or health records;[/] import into a new or empty account only.");
            return 1;
        }

        await using var file = System.IO.File.OpenRead(settings.File);
        var result = await import.ImportAsync(user.Id, file, cancellationToken);
        if (result.Counts is not { } counts)
        {
            console.MarkupLineInterpolated($"[red]Nothing was imported:[/] {result.Problem}");
            return 2;
        }

        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(Runs.RunOutput.Json(counts));
        }
        else
        {
            console.MarkupLineInterpolated(
                $"Imported into {settings.User}: {counts.Runs} runs ({counts.Recordings} with their files), {counts.Shoes} pairs of shoes, {counts.Plans} plans, {counts.PainEntries} pain entries, {counts.CheckIns} check-ins, {counts.RedFlagScreens} warning-signs checks, {counts.RemedyExperiments} experiments.");
        }

        return 0;
    }
}
