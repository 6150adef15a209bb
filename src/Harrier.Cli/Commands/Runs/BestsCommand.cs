using System.Globalization;
using Harrier.Core.Units;
using Harrier.Data.Log;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Runs;

/// <summary><c>harrier runs bests</c>: the runner's fastest 1 km, 5 km and 10 km within any recorded run, and the longest run.</summary>
public sealed class BestsCommand(IAnsiConsole console) : AsyncCommand<BestsCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("-u|--user <EMAIL>")]
        [System.ComponentModel.Description("The runner's email address.")]
        public string User { get; init; } = "";

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(User) ? ValidationResult.Error("--user is required.") : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.User, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        var bests = await new RunnerLog(db).BestsAsync(user.Id, cancellationToken);
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(RunOutput.Json(bests.Select(b => new
            {
                kind = b.IsLongestRun ? "longest-run" : b.Distance.TotalKilometers.ToString("0", CultureInfo.InvariantCulture) + "km",
                distanceMeters = Math.Round(b.Distance.Meters, 1),
                seconds = Math.Round(b.Time.TotalSeconds, 1),
                runId = b.RunId,
                startTime = new DateTimeOffset(b.StartUtc),
                runName = b.RunName,
            })));
            return 0;
        }

        if (bests.Count == 0)
        {
            console.MarkupLineInterpolated($"No runs yet for {user.Email}.");
            return 0;
        }

        var table = new Table().AddColumns("Best", "Result", "Pace", "Run", "Date");
        foreach (var best in bests)
        {
            table.AddRow(best.Title, best.IsLongestRun ? $"{best.Distance.Format(user.DistanceUnit)} in {DurationText.Format(best.Time)}" : DurationText.Format(best.Time),
                best.Pace?.Format(user.DistanceUnit) ?? "", best.RunId.ToString(CultureInfo.InvariantCulture) + (best.RunName is null ? "" : " " + Markup.Escape(best.RunName)),
                best.LocalStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        console.Write(table);
        return 0;
    }
}
