using System.ComponentModel;
using Harrier.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands;

/// <summary>
/// <c>harrier backup FILE</c>: a consistent copy of the SQLite database, safe while the web app runs (<see cref="DatabaseBackup"/>).
/// On PostgreSQL it says to use pg_dump instead (exit code 1).
/// </summary>
public sealed class BackupCommand(IAnsiConsole console) : AsyncCommand<BackupCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Where to write the copy, e.g. harrier-2026-11-25.db.")]
        public string File { get; init; } = "";

        [CommandOption("--overwrite")]
        [Description("Replace FILE when it exists.")]
        public bool Overwrite { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var database = DatabaseSettings.From(CliDatabase.Configuration(settings.DataDir));
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            console.MarkupLineInterpolated($"[yellow]{DatabaseBackup.PostgresAdvice}[/]");
            return 1;
        }

        var path = Path.GetFullPath(settings.File);
        if (System.IO.File.Exists(path) && !settings.Overwrite)
        {
            console.MarkupLineInterpolated($"[red]{path} exists;[/] choose another name or add --overwrite.");
            return 1;
        }

        try
        {
            var bytes = await DatabaseBackup.BackUpAsync(database, path, cancellationToken);
            if (settings.Json)
            {
                await console.Profile.Out.Writer.WriteLineAsync(Runs.RunOutput.Json(new { file = path, bytes, integrity = "ok" }));
            }
            else
            {
                console.MarkupLineInterpolated($"Backed up the database to {path} ({bytes:N0} bytes; integrity check ok).");
                console.MarkupLine("To restore: stop Harrier, copy the file over harrier.db in the data folder, delete harrier.db-wal and harrier.db-shm, start again.");
            }

            return 0;
        }
        catch (InvalidOperationException e)
        {
            console.MarkupLineInterpolated($"[red]{e.Message}[/]");
            return 1;
        }
    }
}
