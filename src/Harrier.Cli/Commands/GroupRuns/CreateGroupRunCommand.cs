using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Harrier.Cli.Commands.Coaching;
using Harrier.Core.GroupRuns;
using Harrier.Data.Coaching;
using Harrier.Data.GroupRuns;
using Harrier.Import;
using Harrier.Import.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Harrier.Cli.Commands.GroupRuns;

/// <summary>
/// <c>harrier group-run create</c>: a group run or a weekly series at a place, local to its time zone, inviting clients by email,
/// with an optional GPX route. The input goes through Core's <see cref="GroupRunInput.Validate"/>, as on the web and in the API.
/// </summary>
public sealed class CreateGroupRunCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<CreateGroupRunCommand.Settings>
{
    public sealed class Settings : CoachSettings
    {
        [CommandOption("--title <TITLE>")]
        [Description("A name for the run (default: Group run).")]
        public string? Title { get; init; }

        [CommandOption("--date <DATE>")]
        [Description("The date (the first, for a series), yyyy-MM-dd, in the place's zone.")]
        public string? Date { get; init; }

        [CommandOption("--time <HH:MM>")]
        [Description("The meeting time in the place's zone.")]
        public string? Time { get; init; }

        [CommandOption("--place <NAME>")]
        [Description("Where the group meets.")]
        public string? Place { get; init; }

        [CommandOption("--lat <DEGREES>")]
        [Description("The meeting point's latitude (north positive).")]
        public double? Latitude { get; init; }

        [CommandOption("--lon <DEGREES>")]
        [Description("The meeting point's longitude (east positive).")]
        public double? Longitude { get; init; }

        [CommandOption("--zone <IANA>")]
        [Description("The place's time zone (default: the coach's).")]
        public string? Zone { get; init; }

        [CommandOption("--repeat <DAYS>")]
        [Description("For a weekly series: the days, e.g. mon,wed,fri.")]
        public string? Repeat { get; init; }

        [CommandOption("--weeks <N>")]
        [Description("For a series: how many weeks (1-52).")]
        public int? Weeks { get; init; }

        [CommandOption("--invite <EMAILS>")]
        [Description("Clients to invite, by email, separated by commas.")]
        public string? Invite { get; init; }

        [CommandOption("--route <GPX>")]
        [Description("A GPX file with the route.")]
        public string? Route { get; init; }

        [CommandOption("--notes <TEXT>")]
        [Description("Notes for the group.")]
        public string? Notes { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var db = await CliDatabase.OpenAsync(settings.DataDir, cancellationToken);
        if (await CliDatabase.FindCoachOrSayAsync(db, settings.Coach, console, cancellationToken) is not { } coach)
        {
            return 1;
        }

        var clients = await new CoachAccess(db, clock).ClientsAsync(coach.Id, cancellationToken);
        var invitees = new List<string>();
        foreach (var email in (settings.Invite ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var client = clients.FirstOrDefault(c => string.Equals(c.Runner.Email, email, StringComparison.OrdinalIgnoreCase));
            if (client.Runner is null)
            {
                console.MarkupLineInterpolated($"[red]--invite: {email} is not one of your clients.[/]");
                return 1;
            }

            invitees.Add(client.Runner.Id);
        }

        var input = new GroupRunInput(
            settings.Title, settings.Date, settings.Time, settings.Place, settings.Latitude, settings.Longitude, settings.Zone,
            (settings.Repeat ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), settings.Weeks, invitees, settings.Notes);
        var check = input.Validate(coach.Today(clock), coach.TimeZoneId);
        if (check.Request is not { } request)
        {
            foreach (var (field, messages) in check.Errors)
            {
                console.MarkupLineInterpolated($"[red]{Option(field)}: {string.Join(" ", messages)}[/]");
            }

            return 1;
        }

        GroupRoute? route = null;
        if (settings.Route is { } path)
        {
            if (!File.Exists(path))
            {
                console.MarkupLineInterpolated($"[red]--route: there is no file {path}.[/]");
                return 1;
            }

            await using var stream = File.OpenRead(path);
            (route, var error) = RouteReader.Read(Path.GetFileName(path), stream, ImportLimits.Default, cancellationToken);
            if (route is null)
            {
                console.MarkupLineInterpolated($"[red]--route: {error}[/]");
                return 1;
            }
        }

        var (runs, errors) = await new CoachGroupRuns(db, clock).CreateAsync(coach.Id, request, route, cancellationToken);
        if (errors.Count > 0)
        {
            console.MarkupLineInterpolated($"[red]--invite: {string.Join(" ", errors.SelectMany(e => e.Value))}[/]");
            return 1;
        }

        var created = await new CoachGroupRuns(db, clock).ListByIdsAsync(coach.Id, runs.Select(r => r.Id).ToArray(), cancellationToken);
        if (settings.Json)
        {
            var rows = created.Select(d => new
            {
                id = d.Run.Id, seriesId = d.Run.SeriesId, title = d.Run.Title, place = d.Run.Place.Name, start = d.Start, timeZone = d.Zone.Id,
                lightLine = d.LightLine, dark = d.Light.IsDark, invited = d.Invitees.Count,
                route = d.Run.Route is { } r ? new
                {
                    name = r.Name, meters = Math.Round(r.Meters, 1), ascentMeters = Math.Round(r.AscentMeters, 1),
                    warning = route?.FarFrom(new(d.Run.Place.Latitude, d.Run.Place.Longitude), d.Run.Place.Name),
                } : null,
            });
            await console.Profile.Out.Writer.WriteLineAsync(JsonSerializer.Serialize(rows, CliJson.Options));
            return 0;
        }

        console.MarkupLineInterpolated($"Created {created.Count} group run{(created.Count == 1 ? "" : "s")} at {request.PlaceName} ({request.Zone.Id}):");
        foreach (var d in created)
        {
            console.MarkupLineInterpolated($"  {d.Run.Id,5}  {d.Start.ToString("ddd yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}  {d.LightLine}");
        }

        if (route is not null)
        {
            console.MarkupLineInterpolated($"Route {route.Name}: {route.Meters / 1000:0.00} km, {route.AscentMeters:0} m climb.");
            var place = created[0].Run.Place;
            if (route.FarFrom(new(place.Latitude, place.Longitude), place.Name) is { } far)
            {
                console.MarkupLineInterpolated($"[yellow]{far}[/]");
            }
        }

        console.MarkupLineInterpolated($"Invited: {invitees.Count}. The run sheet: harrier group-run sheet {created[0].Run.Id} --coach {settings.Coach}");
        return 0;
    }

    private static string Option(string field) => field switch
    {
        GroupRunField.Title => "--title",
        GroupRunField.Date => "--date",
        GroupRunField.Time => "--time",
        GroupRunField.PlaceName => "--place",
        GroupRunField.Latitude => "--lat",
        GroupRunField.Longitude => "--lon",
        GroupRunField.TimeZone => "--zone",
        GroupRunField.RepeatDays => "--repeat",
        GroupRunField.Weeks => "--weeks",
        GroupRunField.Invitees => "--invite",
        GroupRunField.Notes => "--notes",
        _ => field,
    };
}
