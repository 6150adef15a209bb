using System.ComponentModel;
using System.Globalization;
using Harrier.Core;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Runs;

/// <summary><c>harrier runs add</c>: records a run by hand, with the same checks as the web form.</summary>
public sealed class AddRunCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<AddRunCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("-u|--user <EMAIL>")]
        [Description("The runner's email address.")]
        public string User { get; init; } = "";

        [CommandOption("--date <DATE>")]
        [Description("Day of the run, YYYY-MM-DD, in the runner's time zone (default: today).")]
        public string? Date { get; init; }

        [CommandOption("--time <HH:MM>")]
        [Description("Start time, 24-hour (default: now).")]
        public string? Time { get; init; }

        [CommandOption("-d|--distance <AMOUNT>")]
        [Description("Distance in the runner's unit, or with a unit: 5, 5km, 3.1mi.")]
        public string Distance { get; init; } = "";

        [CommandOption("-t|--duration <DURATION>")]
        [Description("Duration: minutes (45), mm:ss (32:10) or h:mm:ss (1:05:30).")]
        public string Duration { get; init; } = "";

        [CommandOption("--rpe <0-10>")]
        [Description("Perceived effort of the whole run on the CR-10 scale (0 rest … 10 maximal).")]
        public int? Rpe { get; init; }

        [CommandOption("--surface <SURFACE>")]
        [Description("road, trail, track, treadmill or grass (default: road).")]
        public Surface Surface { get; init; } = Surface.Road;

        [CommandOption("--shoe <NAME>")]
        [Description("Name of one of the runner's shoes.")]
        public string? Shoe { get; init; }

        [CommandOption("--name <TITLE>")]
        [Description("The run's title, e.g. \"Parkrun\".")]
        public string? Name { get; init; }

        [CommandOption("--notes <TEXT>")]
        [Description("Free-text notes: how it felt, the route, the weather.")]
        public string? Notes { get; init; }

        public override ValidationResult Validate()
        {
            if (string.IsNullOrWhiteSpace(User))
            {
                return ValidationResult.Error("--user is required.");
            }

            if (!DistanceArgument.TryParse(Distance, out _, out _))
            {
                return ValidationResult.Error("--distance is required: a number, optionally with km or mi (5, 5km, 3.1mi).");
            }

            if (!DurationText.TryParse(Duration, out _))
            {
                return ValidationResult.Error("--duration is required: minutes (45), mm:ss (32:10) or h:mm:ss (1:05:30).");
            }

            if (Rpe is not (>= Effort.Min and <= Effort.Max))
            {
                return ValidationResult.Error("--rpe is required: 0 to 10.");
            }

            if (Date is not null && !DateOnly.TryParseExact(Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return ValidationResult.Error("--date must be YYYY-MM-DD.");
            }

            return Time is not null && !TimeOnly.TryParseExact(Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? ValidationResult.Error("--time must be HH:MM (24-hour).")
                : ValidationResult.Success();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindUserOrSayAsync(db, settings.User, console, cancellationToken) is not { } user)
        {
            return 1;
        }

        var shoe = settings.Shoe is null ? null : await db.Shoes.SingleOrDefaultAsync(s => s.OwnerId == user.Id && s.Name == settings.Shoe, cancellationToken);
        if (settings.Shoe is not null && shoe is null)
        {
            console.MarkupLineInterpolated($"[red]{user.Email} has no shoes called \"{settings.Shoe}\".[/]");
            return 1;
        }

        var zone = user.TimeZone;
        var now = clock.GetUtcNow().UtcDateTime;
        var localNow = TimeZoneInfo.ConvertTimeFromUtc(now, zone);
        var date = settings.Date is null ? DateOnly.FromDateTime(localNow) : DateOnly.ParseExact(settings.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var time = settings.Time is null ? new TimeOnly(localNow.Hour, localNow.Minute) : TimeOnly.ParseExact(settings.Time, "HH:mm", CultureInfo.InvariantCulture);
        // Validate() has already accepted both.
        _ = DistanceArgument.TryParse(settings.Distance, out var amount, out var unit);
        _ = DurationText.TryParse(settings.Duration, out var duration);
        var start = TimeZones.ToUtc(date.ToDateTime(time), zone);
        var distance = Core.Units.Distance.From(amount, unit ?? user.DistanceUnit);
        if (RunCheck.Problems(start, distance, duration, now) is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
            {
                console.MarkupLineInterpolated($"[red]{problem.Field}: {problem.Message}[/]");
            }

            return 1;
        }

        var run = new Run { OwnerId = user.Id };
        run.Enter(new RunEntry(start, zone.Id, distance, duration, new Effort(settings.Rpe!.Value), settings.Surface, shoe?.Id, settings.Notes, settings.Name), now);
        db.Runs.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        var session = await new Data.Plans.SessionRuns(db, clock).LinkAsync(run, cancellationToken);
        run.Shoe = shoe;
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(RunOutput.Json(RunOutput.From(run, Core.Load.LoadCalibration.Default)));
        }
        else
        {
            console.MarkupLineInterpolated(
                $"Added run {run.Id}: {run.LocalStart.ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)}, {distance.Format(user.DistanceUnit)} in {DurationText.Format(duration)}, RPE {run.Effort?.Describe()}.");
            if (session is { } day)
            {
                console.MarkupLineInterpolated($"It completes the planned session of {day.ToString("ddd d MMM", CultureInfo.InvariantCulture)}.");
            }
        }

        return 0;
    }
}
