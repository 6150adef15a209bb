using System.ComponentModel;
using Harrier.Data.Ownership;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Users;

/// <summary>
/// <c>harrier users delete EMAIL --yes</c>: deletes an account and everything of it, as the runner can from their settings
/// (<see cref="AccountDeletion"/>). Without <c>--yes</c> it only says what would go.
/// </summary>
public sealed class DeleteUserCommand(IAnsiConsole console) : AsyncCommand<DeleteUserCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandArgument(0, "<EMAIL>")]
        [Description("The account to delete.")]
        public string Email { get; init; } = "";

        [CommandOption("--yes")]
        [Description("Really delete: there is no undo (export the account first to keep a copy).")]
        public bool Yes { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.Email, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        if (!settings.Yes)
        {
            console.MarkupLineInterpolated(
                $"This deletes {settings.Email} with all their runs, files, plans, health records, coaching links and comments. Run again with [bold]--yes[/] to delete; there is no undo.");
            return 1;
        }

        await new AccountDeletion(db).DeleteAsync(user.Id, cancellationToken);
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(Runs.RunOutput.Json(new { deleted = settings.Email }));
        }
        else
        {
            console.MarkupLineInterpolated($"Deleted {settings.Email} and everything of theirs.");
        }

        return 0;
    }
}
