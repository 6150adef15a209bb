using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Users;

/// <summary>
/// <c>harrier users reset-password EMAIL</c>: the owner's reset for someone who cannot use the e-mailed link. Sets a generated
/// password (printed once) or one typed at a prompt, after the same policy check, and ends every session of the account.
/// </summary>
public sealed class ResetPasswordCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<ResetPasswordCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandArgument(0, "<EMAIL>")]
        [Description("The account's email address.")]
        public string Email { get; init; } = "";

        [CommandOption("--prompt")]
        [Description("Type the new password at a hidden prompt instead of getting a generated one.")]
        public bool Prompt { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var accounts = await CliAccounts.OpenAsync(settings.DataDir, clock, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(accounts.Db, settings.Email, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        var password = settings.Prompt ? OwnerPassword.Ask(console, user.Email, user.DisplayName) : Core.Accounts.PasswordPolicy.Generate();
        var result = await accounts.Accounts.SetPasswordAsync(user, password, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                console.MarkupLineInterpolated($"[red]{error.Description}[/]");
            }

            return 1;
        }

        console.MarkupLineInterpolated($"New password set for [bold]{user.Email}[/]. Every device that was logged in has been logged out.");
        if (!settings.Prompt)
        {
            OwnerPassword.Show(console, password);
        }

        return 0;
    }
}
