using System.Globalization;
using System.Security.Claims;
using Harrier.Core;
using Harrier.Core.Daylight;
using Harrier.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.GroupRuns;

/// <summary>Daylight for a place and date: the same object as <c>harrier daylight --json</c>.</summary>
public static class DaylightApi
{
    public static void MapDaylightApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/daylight", DaylightAsync).WithTags("Daylight").RequireAuthorization().WithName("Daylight")
            .WithSummary("Civil dawn, sunrise, solar noon, sunset and civil dusk (NOAA) for lat, lon and date in a zone (default: yours); "
                + "with time=HH:mm, the light at that time and the visibility advice when it is dark.");

    private static async Task<Results<Ok<DaylightDocument>, ValidationProblem>> DaylightAsync(
        double? lat, double? lon, string? date, string? zone, string? time, ClaimsPrincipal principal, UserManager<HarrierUser> users, TimeProvider clock)
    {
        var user = await users.GetUserAsync(principal);
        var errors = new Dictionary<string, string[]>();
        if (lat is not (>= -90 and <= 90))
        {
            errors["lat"] = ["Give the latitude in degrees, between -90 and 90."];
        }

        if (lon is not (>= -180 and <= 180))
        {
            errors["lon"] = ["Give the longitude in degrees, between -180 and 180 (east positive)."];
        }

        var tz = TimeZones.Find(string.IsNullOrWhiteSpace(zone) ? user?.TimeZoneId : zone);
        if (tz is null)
        {
            errors["zone"] = ["Give an IANA time zone, e.g. Europe/London."];
        }

        DateOnly day = default;
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            errors["date"] = ["Give the date as year-month-day, e.g. 2026-12-21."];
        }

        TimeOnly at = default;
        if (time is not null && !TimeOnly.TryParseExact(time, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            errors["time"] = ["Give the time as hours and minutes, e.g. 06:00."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (date is null)
        {
            day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), tz!).DateTime);
        }

        var place = new Coordinates(lat!.Value, lon!.Value);
        var sun = SunCalculator.ForDay(place, day, tz!);
        var meeting = time is null ? null : sun.LightAt(Core.GroupRuns.GroupRunSchedule.Start(day, at, tz!));
        return TypedResults.Ok(DaylightDocument.From(sun, meeting));
    }
}
