using Harrier.Core.Accounts;
using Spectre.Console;

namespace Harrier.Cli.Commands.Users;

/// <summary>How the owner's commands show a generated password, or ask for one and check it against the password policy.</summary>
internal static class OwnerPassword
{
    public static void Show(IAnsiConsole console, string password)
    {
        console.MarkupLineInterpolated($"Password: [bold]{password}[/]");
        console.MarkupLine("It is shown only now. Pass it on privately; it can be changed under Settings, Change password.");
    }

    /// <summary>Asks (hidden) until the password passes the policy, saying why each refused one was refused.</summary>
    public static string Ask(IAnsiConsole console, string? email, string? name) =>
        console.Prompt(new TextPrompt<string>("New password:").Secret()
            .Validate(p => PasswordPolicy.Check(p, email, name) is { } problem ? ValidationResult.Error(problem.Message) : ValidationResult.Success()));
}
