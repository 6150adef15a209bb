using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Plans;

/// <summary>Options of the commands that work on a runner's stored plan: whose plan, and where the data lives.</summary>
public class RunnerPlanSettings : DataSettings
{
    [CommandOption("-u|--user <EMAIL>")]
    [Description("The runner's email address.")]
    public string User { get; init; } = "";

    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user is required.") : ValidationResult.Success();
}
