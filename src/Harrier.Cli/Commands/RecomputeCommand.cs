using System.ComponentModel;
using Harrier.Core.Activities;
using Harrier.Data.Import;
using Harrier.Data;
using Microsoft.Extensions.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands;

/// <summary>
/// <c>harrier recompute</c>: brings stored run metrics up to the current formulas (<see cref="RunMetrics.CurrentVersion"/>) by
/// reading each recording's original file again; pages and the API only ever show what is stored. Exit code 0 when every
/// recording was brought up to date, 2 when some file no longer gives its run (those are listed and left as they were).
/// </summary>
public sealed class RecomputeCommand(IAnsiConsole console) : AsyncCommand<RecomputeCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("-u|--user <EMAIL>")]
        [Description("Only this runner's recorded runs.")]
        public string? User { get; init; }

        [CommandOption("--all")]
        [Description("Every runner's recorded runs.")]
        public bool All { get; init; }

        [CommandOption("--force")]
        [Description("Also recompute metrics already at the current version.")]
        public bool Force { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(User) == All ? ValidationResult.Success()
            : ValidationResult.Error("Give either --user EMAIL or --all.");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        string? ownerId = null;
        if (settings.User is { } email)
        {
            if (await CliDatabase.FindUserOrSayAsync(db, email, console, cancellationToken) is not { } user)
            {
                return 1;
            }

            ownerId = user.Id;
        }

        var limits = ImportConfiguration.Limits(new ConfigurationBuilder().AddHarrierSources(settings.DataDir).Build());
        var result = await new MetricsRecompute(db, limits).RunAsync(ownerId, settings.Force, cancellationToken);
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(Runs.RunOutput.Json(new
            {
                version = RunMetrics.CurrentVersion,
                recomputed = result.Recomputed,
                upToDate = result.UpToDate,
                failed = result.Failed,
            }));
        }
        else
        {
            foreach (var failure in result.Failed)
            {
                console.MarkupLineInterpolated($"[yellow]left as it was[/] {failure}");
            }

            console.MarkupLineInterpolated(
                $"[bold]{result.Recomputed} recomputed with formulas version {RunMetrics.CurrentVersion}, {result.UpToDate} already up to date, {result.Failed.Count} left as they were.[/]");
        }

        return result.Failed.Count > 0 ? 2 : 0;
    }
}
