using System.ComponentModel;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Plans;

/// <summary>Options every plan command shares. Plan commands need no database.</summary>
public class PlanSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Write JSON instead of a table.")]
    public bool Json { get; init; }
}
