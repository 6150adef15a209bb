using System.ComponentModel;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands;

/// <summary>Options every data command shares: where the data lives.</summary>
public class DataSettings : CommandSettings
{
    [CommandOption("--data-dir <DIR>")]
    [Description("Data folder (default: HARRIER_DataDir, else ~/.local/share/harrier). Holds harrier.db and harrier.json.")]
    public string? DataDir { get; init; }

    [CommandOption("--json")]
    [Description("Write JSON instead of a table.")]
    public bool Json { get; init; }
}
