using System.ComponentModel;
using Harrier.Data.Ownership;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Ownership;

/// <summary>
/// <c>harrier export EMAIL -o FILE</c>: everything Harrier holds about one account as one zip (docs/EXPORT.md), the same file the
/// web app's download gives. Written beside the target first, so an interrupted export never leaves a half file under its name.
/// </summary>
public sealed class ExportCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<ExportCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandArgument(0, "<EMAIL>")]
        [Description("The account to export.")]
        public string Email { get; init; } = "";

        [CommandOption("-o|--out <FILE>")]
        [Description("The zip to write (default: harrier-export-YYYY-MM-DD.zip in the current folder).")]
        public string? Out { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.Email, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        var export = new AccountExport(db, clock);
        var path = Path.GetFullPath(settings.Out ?? export.FileName());
        var partial = path + ".partial";
        await using (var file = File.Create(partial))
        {
            await export.WriteAsync(user.Id, file, cancellationToken);
        }

        File.Move(partial, path, overwrite: true);
        var bytes = new FileInfo(path).Length;
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(Runs.RunOutput.Json(new { file = path, bytes }));
        }
        else
        {
            console.MarkupLineInterpolated($"Wrote everything Harrier holds about {settings.Email} to {path} ({bytes:N0} bytes).");
        }

        return 0;
    }
}
