using System.ComponentModel;
using System.Text.Json;
using Harrier.Core;
using Harrier.Core.Daylight;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.Daylight;

/// <summary>
/// <c>harrier daylight</c>: civil dawn, sunrise, solar noon, sunset and civil dusk for a place and date, and what to wear when
/// it is dark, as plain text or one JSON object.
/// </summary>
public sealed class DaylightCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<DaylightCommand.Settings>
{
    public sealed class Settings : DataSettings
    {
        [CommandOption("--lat <DEGREES>")]
        [Description("Latitude in degrees, north positive (-90 to 90), e.g. 51.5074.")]
        public string? Latitude { get; init; }

        [CommandOption("--lon <DEGREES>")]
        [Description("Longitude in degrees, east positive (-180 to 180), e.g. -0.1278 for London.")]
        public string? Longitude { get; init; }

        [CommandOption("--date <DATE>")]
        [Description("Local date, YYYY-MM-DD (default: today in the time zone).")]
        public string? Date { get; init; }

        [CommandOption("--zone <IANA>")]
        [Description("IANA time zone, e.g. Europe/London (default: the runner's zone with --user, else this machine's).")]
        public string? Zone { get; init; }

        [CommandOption("-u|--user <EMAIL>")]
        [Description("Use this runner's time zone (needs the database).")]
        public string? User { get; init; }

        [CommandOption("--at <HH:MM>")]
        [Description("A meeting time on that date, 24-hour: says how dark it will be then.")]
        public string? At { get; init; }

        public override ValidationResult Validate()
        {
            var problem =
                Latitude is null ? "--lat is required: degrees from -90 to 90, north positive, e.g. 51.5074."
                : DaylightArguments.Latitude(Latitude) is null ? $"--lat must be degrees from -90 to 90 (got '{Latitude}')."
                : Longitude is null ? "--lon is required: degrees from -180 to 180, east positive, e.g. -0.1278."
                : DaylightArguments.Longitude(Longitude) is null ? $"--lon must be degrees from -180 to 180 (got '{Longitude}')."
                : Date is not null && DaylightArguments.Date(Date) is null ? $"--date must be a real date, YYYY-MM-DD (got '{Date}')."
                : Zone is not null && TimeZones.Find(Zone) is null
                    ? $"--zone: unknown time zone '{Zone}'; use an IANA name such as Europe/London."
                : At is not null && DaylightArguments.Time(At) is null ? $"--at must be a 24-hour time, HH:MM (got '{At}')."
                : null;
            return problem is null ? ValidationResult.Success() : ValidationResult.Error(problem);
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (await ZoneAsync(settings, cancellationToken) is not { } zone)
        {
            return 1;
        }

        var place = new Coordinates(
            DaylightArguments.Latitude(settings.Latitude)!.Value, DaylightArguments.Longitude(settings.Longitude)!.Value);
        var date = settings.Date is null
            ? DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime)
            : DaylightArguments.Date(settings.Date)!.Value;
        var day = SunCalculator.ForDay(place, date, zone);
        var meeting = settings.At is null
            ? null
            : day.LightAt(DaylightArguments.Meeting(date, DaylightArguments.Time(settings.At)!.Value, zone));
        if (settings.Json)
        {
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(DaylightDocument.From(day, meeting), CliJson.Options));
            return 0;
        }

        DaylightText.Write(console, day, meeting);
        return 0;
    }

    /// <summary>--zone, else the runner's zone with --user, else the clock's local zone; null after saying the runner is unknown.</summary>
    private async Task<TimeZoneInfo?> ZoneAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Zone is not null)
        {
            return TimeZones.Get(settings.Zone);
        }

        if (string.IsNullOrWhiteSpace(settings.User))
        {
            return clock.LocalTimeZone;
        }

        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        var user = await CliDatabase.FindUserOrSayAsync(db, settings.User, console, cancellationToken);
        return user?.TimeZone;
    }
}
