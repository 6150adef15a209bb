using System.Globalization;
using System.Security.Claims;
using Harrier.Core.Log;
using Harrier.Data;
using Harrier.Data.Log;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Harrier.Web.Features.Runs;

/// <summary>
/// The runner's log, from <see cref="RunnerLog"/> (the same queries as the log pages and the load page): weeks in the runner's
/// time zone with totals, months and years, every run with filters and paging, and personal bests.
/// </summary>
public static class LogApi
{
    public static RouteGroupBuilder MapLogApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/log").WithTags("Runs").RequireAuthorization();
        api.MapGet("/weeks", WeeksAsync).WithName("ListWeeks")
            .WithSummary("N weeks (default 8, at most 104) ending with this week, or with the week before ?before=YYYY-MM-DD; newest first, empty weeks included.");
        api.MapGet("/months", MonthsAsync).WithName("ListMonths").WithSummary("Every month from the first run to the latest, newest first, with totals.");
        api.MapGet("/years", YearsAsync).WithName("ListYears").WithSummary("Every year from the first run to the latest, newest first, with totals.");
        api.MapGet("/runs", RunsAsync).WithName("ListAllRuns")
            .WithSummary("All runs, newest first, a page at a time; filter by from/to (YYYY-MM-DD, the runner's days), source, shoe and surface.");
        api.MapGet("/bests", BestsAsync).WithName("ListPersonalBests")
            .WithSummary("Fastest 1 km, 5 km and 10 km within any recorded run, and the longest run, each with its run.");
        return api;
    }

    private static async Task<Results<Ok<WeekResponse[]>, ValidationProblem, UnauthorizedHttpResult>> WeeksAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, TimeProvider clock, int? weeks, string? before, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var end = user.Today(clock);
        if (!string.IsNullOrWhiteSpace(before))
        {
            if (!DateOnly.TryParseExact(before, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["before"] = ["Write the day as YYYY-MM-DD."] });
            }

            end = day.AddDays(-7);
        }

        return TypedResults.Ok(await LastWeeksAsync(db, user, end, Math.Clamp(weeks ?? 8, 1, 104), ct));
    }

    /// <summary>The runner's <paramref name="count"/> weeks up to the one holding <paramref name="day"/>, newest first, empty weeks included.</summary>
    public static async Task<WeekResponse[]> LastWeeksAsync(HarrierDbContext db, HarrierUser runner, DateOnly day, int count, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(runner);
        var end = TrainingLog.WeekStart(day, DayOfWeek.Monday).AddDays(7);
        var weeks = await new RunnerLog(db).WeeksAsync(runner.Id, runner.TimeZone, end.AddDays(-7 * count), end, ct);
        return [.. weeks.Select(w => new WeekResponse(w.Start, w.End, w.RunCount, w.TotalDistance.Meters, w.TotalTime.TotalSeconds,
            Math.Round(w.TotalLoad, 1), Math.Round(w.EffortLoad, 1), Math.Round(w.HeartRateLoad, 1), w.NoLoadCount,
            [.. w.Runs.Select(r => RunResponse.From(r, w.Calibration))], [.. w.CrossTraining.Select(CrossTrainingResponse.From)]))];
    }

    private static async Task<Results<Ok<PeriodResponse[]>, UnauthorizedHttpResult>> MonthsAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct) =>
        await users.GetUserAsync(principal) is { } user
            ? TypedResults.Ok((await new RunnerLog(db).TotalsAsync(user.Id, user.TimeZone, ct)).Months.Select(PeriodResponse.From).ToArray())
            : TypedResults.Unauthorized();

    private static async Task<Results<Ok<PeriodResponse[]>, UnauthorizedHttpResult>> YearsAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct) =>
        await users.GetUserAsync(principal) is { } user
            ? TypedResults.Ok((await new RunnerLog(db).TotalsAsync(user.Id, user.TimeZone, ct)).Years.Select(PeriodResponse.From).ToArray())
            : TypedResults.Unauthorized();

    private static async Task<Results<Ok<RunPageResponse>, ValidationProblem, UnauthorizedHttpResult>> RunsAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, string? from, string? to, string? source, string? shoe,
        string? surface, int? page, int? pageSize, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return TypedResults.Unauthorized();
        }

        var (filter, errors) = await RunListQuery.ParseAsync(db, user.Id, from, to, source, shoe, surface, ct);
        if (page is < 1)
        {
            errors["page"] = ["Pages are numbered from 1."];
        }

        if (pageSize is < 1 or > RunPage.MaxSize)
        {
            errors["pageSize"] = [$"Ask for 1 to {RunPage.MaxSize} runs a page."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var log = new RunnerLog(db);
        var result = await log.RunsAsync(user.Id, user.TimeZone, filter, page ?? 1, pageSize ?? RunPage.DefaultSize, ct);
        var calibration = await log.CalibrationAsync(user.Id, ct);
        return TypedResults.Ok(new RunPageResponse(result.Page, result.PageSize, result.Total, result.Pages,
            [.. result.Runs.Select(r => RunResponse.From(r, calibration))]));
    }

    private static async Task<Results<Ok<BestResponse[]>, UnauthorizedHttpResult>> BestsAsync(
        ClaimsPrincipal principal, UserManager<HarrierUser> users, HarrierDbContext db, CancellationToken ct) =>
        await users.GetUserAsync(principal) is { } user
            ? TypedResults.Ok((await new RunnerLog(db).BestsAsync(user.Id, ct)).Select(BestResponse.From).ToArray())
            : TypedResults.Unauthorized();
}

/// <summary>A month or a year of the log.</summary>
/// <param name="LongestMeters">The longest run in it; 0 without runs.</param>
public sealed record PeriodResponse(DateOnly Start, DateOnly End, int Runs, double DistanceMeters, double DurationSeconds, double LongestMeters)
{
    public static PeriodResponse From(LogPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return new(period.Start, period.End, period.RunCount, Math.Round(period.Distance.Meters, 1), Math.Round(period.Time.TotalSeconds, 1),
            Math.Round(period.Longest.Meters, 1));
    }
}

/// <summary>One page of all runs.</summary>
/// <param name="Total">Runs matching the filter on all pages.</param>
public sealed record RunPageResponse(int Page, int PageSize, int Total, int Pages, IReadOnlyList<RunResponse> Runs);

/// <summary>A personal best.</summary>
/// <param name="Kind">"1km", "5km", "10km" (fastest within any recorded run, elapsed time) or "longest-run".</param>
/// <param name="Seconds">The effort's elapsed time, or the longest run's time.</param>
public sealed record BestResponse(string Kind, double DistanceMeters, double Seconds, int RunId, DateTimeOffset StartTime, string? RunName)
{
    public static BestResponse From(PersonalBest best)
    {
        ArgumentNullException.ThrowIfNull(best);
        var kind = best.IsLongestRun ? "longest-run" : best.Distance.TotalKilometers.ToString("0", CultureInfo.InvariantCulture) + "km";
        return new(kind, Math.Round(best.Distance.Meters, 1), Math.Round(best.Time.TotalSeconds, 1), best.RunId, new DateTimeOffset(best.StartUtc), best.RunName);
    }
}
