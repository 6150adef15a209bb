using System.ComponentModel;
using Harrier.Data;
using Harrier.Data.Import;
using Harrier.Import.Sources;
using Microsoft.Extensions.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Import;

/// <summary>
/// Options of the commands that read activity files: the import limits, taken from the same configuration as the web app
/// (<c>Import:MaxFileMegabytes</c> … in harrier.json or <c>HARRIER_Import__…</c>) and overridden by these flags.
/// </summary>
public class ImportSettings : DataSettings
{
    [CommandOption("--max-file-mb <MB>")]
    [Description("Largest single activity file, after decompression (default: Import:MaxFileMegabytes, else 64).")]
    public int? MaxFileMegabytes { get; init; }

    [CommandOption("--max-archive-mb <MB>")]
    [Description("Most an archive may expand to (default: Import:MaxArchiveMegabytes, else 8192).")]
    public int? MaxArchiveMegabytes { get; init; }

    /// <summary>The checked limits; throws <see cref="InvalidOperationException"/> when they are unusable (see <see cref="Validate"/>).</summary>
    public ImportLimits Limits()
    {
        var configuration = new ConfigurationBuilder().AddHarrierSources(DataDir).Build();
        return ImportConfiguration.Limits(configuration, limits =>
        {
            limits = MaxFileMegabytes is { } file ? limits with { MaxFileMegabytes = file } : limits;
            return MaxArchiveMegabytes is { } archive ? limits with { MaxArchiveMegabytes = archive } : limits;
        });
    }

    public override ValidationResult Validate()
    {
        try
        {
            _ = Limits();
            return ValidationResult.Success();
        }
        catch (InvalidOperationException e)
        {
            return ValidationResult.Error(e.Message);
        }
    }
}
