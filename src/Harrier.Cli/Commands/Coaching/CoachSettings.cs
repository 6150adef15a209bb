using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Coaching;

/// <summary>Options of the coach commands: the coach's account.</summary>
public class CoachSettings : DataSettings
{
    [CommandOption("-c|--coach <EMAIL>")]
    [Description("The coach's email address.")]
    public string Coach { get; init; } = "";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Coach) ? ValidationResult.Error("--coach is required.") : ValidationResult.Success();
}
