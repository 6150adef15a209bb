using System.ComponentModel;
using Harrier.Data.Accounts;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Users;

/// <summary>
/// <c>harrier users add EMAIL [--coach]</c>: creates an account the way registration does (the runner role, a coach's too when
/// asked, the same password policy), with a generated password printed once, or one typed at a prompt.
/// </summary>
public sealed class AddUserCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<AddUserCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandArgument(0, "<EMAIL>")]
        [Description("The new account's email address.")]
        public string Email { get; init; } = "";

        [CommandOption("--coach")]
        [Description("Make the account a coach too (the coach's pages appear).")]
        public bool Coach { get; init; }

        [CommandOption("--name <NAME>")]
        [Description("The name shown on pages (default: the part of the email before the @).")]
        public string? Name { get; init; }

        [CommandOption("--prompt")]
        [Description("Type the password at a hidden prompt instead of getting a generated one.")]
        public bool Prompt { get; init; }

        public override ValidationResult Validate() =>
            System.Net.Mail.MailAddress.TryCreate(Email.Trim(), out _) && Email.Contains('@', StringComparison.Ordinal)
                ? ValidationResult.Success()
                : ValidationResult.Error($"'{Email}' is not an email address.");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var accounts = await CliAccounts.OpenAsync(settings.DataDir, clock, cancellationToken);
        if (await CliDatabase.FindUserAsync(accounts.Db, settings.Email, cancellationToken) is not null)
        {
            console.MarkupLineInterpolated($"[red]{settings.Email} already has an account.[/] To give it a new password: harrier users reset-password {settings.Email}");
            return 1;
        }

        var email = settings.Email.Trim();
        var password = settings.Prompt ? OwnerPassword.Ask(console, email, settings.Name) : Core.Accounts.PasswordPolicy.Generate();
        var (user, result) = await accounts.Accounts.CreateAsync(new NewAccount(email, settings.Name, Coach: settings.Coach), password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                console.MarkupLineInterpolated($"[red]{error.Description}[/]");
            }

            return 1;
        }

        console.MarkupLineInterpolated($"Created [bold]{email}[/] ({(settings.Coach ? "runner and coach" : "runner")}, shown as {user.DisplayName}).");
        if (!settings.Prompt)
        {
            OwnerPassword.Show(console, password);
        }

        return 0;
    }
}
