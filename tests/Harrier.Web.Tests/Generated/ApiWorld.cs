using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Web.Tests.Generated;

/// <summary>Who asks, in the generated tests.</summary>
public enum Asker { Anonymous, RunnerA, RunnerB, HealthCoach, TrainingCoach, OtherCoach, EndedCoach }

/// <summary>One endpoint of the app, read from its own endpoint list.</summary>
/// <param name="Method">GET, POST, PUT or DELETE.</param>
/// <param name="Pattern">The route pattern, e.g. "/api/runs/{id:int}".</param>
/// <param name="Anonymous">True when it allows anonymous callers.</param>
/// <param name="CoachOnly">True when it requires the coach policy.</param>
/// <param name="Multipart">True when it takes a multipart form (an upload) rather than JSON.</param>
public sealed record AppEndpoint(string Method, string Pattern, bool Anonymous, bool CoachOnly, bool Multipart = false)
{
    public override string ToString() => $"{Method} {Pattern}";

    /// <summary>Every JSON API endpoint (under /api/ or a calendar feed) and plain form endpoint of the running app.</summary>
    public static IReadOnlyList<AppEndpoint> All(HarrierServer server)
    {
        var sources = server.Services.GetRequiredService<EndpointDataSource>();
        return sources.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/", StringComparison.Ordinal) || raw.StartsWith("/calendar/", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => new AppEndpoint(
                m, e.RoutePattern.RawText!, e.Metadata.GetMetadata<IAllowAnonymous>() is not null,
                e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == "coach"),
                e.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>()?.ContentTypes.Any(c => c.StartsWith("multipart/", StringComparison.Ordinal)) == true)))
            .Where(e => e.Method is "GET" or "POST" or "PUT" or "DELETE" or "PATCH")
            .Distinct()
            .OrderBy(e => e.Pattern, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToArray();
    }
}

/// <summary>
/// Two runners, a coach of runner A in each scope, another coach and one whose link ended, with data in every kind: A's run,
/// shoe, pain entry, check-in, plan, remedy experiment and a group run of the health coach. A's run notes and pain notes carry
/// markers no one else may ever receive.
/// </summary>
public sealed class ApiWorld
{
    public const string RunMarker = "zz-run-notes-of-runner-a";
    public const string PainMarker = "zz-pain-notes-of-runner-a";

    public required Dictionary<Asker, HttpClient> Clients { get; init; }

    public required string RunnerAId { get; init; }

    public required Dictionary<string, string> Ids { get; init; }

    private static string Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static async Task<ApiWorld> CreateAsync(HarrierServer server)
    {
        var a = await Api.RunnerAsync(server, "runnera", "Etc/UTC");
        var b = await Api.RunnerAsync(server, "runnerb", "Etc/UTC");
        var aId = await Api.IdAsync(a);
        using (var plan = await a.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start = Today, days = PlanCalendarTests.EveryOtherDay(DateOnly.Parse(Today, CultureInfo.InvariantCulture)) }))
        {
            Assert.Equal(HttpStatusCode.Created, plan.StatusCode);
        }

        var run = await Api.CreateRunAsync(a, Api.Run(TimeProvider.System.GetUtcNow().AddHours(-3), notes: RunMarker));
        using var shoe = await a.PostAsJsonAsync("/api/shoes", new { name = "A's trainers" });
        using var entry = await a.PostAsJsonAsync("/api/pain/entries",
            new { day = Today, region = "lower-back", side = "right", afterRun = 3, notes = PainMarker });
        using var remedy = await a.PostAsJsonAsync("/api/remedies", new { remedy = "Evening hip-flexor stretch", start = Today, periodDays = 7, pairs = 2 });
        var health = await CoachAsync(server, "healthcoach", a, "training-and-health");
        var training = await CoachAsync(server, "trainingcoach", a, "training");
        var other = (await Api.CoachAsync(server, "othercoach")).Client;
        var ended = await CoachAsync(server, "endedcoach", a, "training-and-health");
        using (var end = await ended.DeleteAsync($"/api/coach/clients/{aId}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, end.StatusCode);
        }

        using var group = await health.PostAsJsonAsync("/api/group-runs", new
        {
            date = Today, time = "23:59", placeName = "Park", latitude = 51.5, longitude = 0.0, timeZone = "Etc/UTC", invitees = new[] { aId },
        });
        using var invitation = await health.PostAsync("/api/coach/invitations", null);
        using var importJob = await a.PostAsync("/api/import-jobs", Api.Files(("morning.gpx",
            Harrier.Data.Import.SampleActivity.Gpx(TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-2), TimeSpan.FromMinutes(20), 51.5, -0.1))));
        Assert.Equal(HttpStatusCode.Accepted, importJob.StatusCode);
        // The matrix compares the data before and after each refused request: the import must have ended first.
        await Api.WaitForImportAsync(a, importJob.Headers.Location!.OriginalString);
        await using var db = server.Database.NewContext();
        var link = await db.CoachLinks.FirstAsync(l => l.RunnerId == aId && l.EndedUtc == null);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["run"] = run.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture),
            ["shoe"] = await IdOfAsync(shoe),
            ["pain"] = await IdOfAsync(entry),
            ["remedy"] = (await db.RemedyTrials.FirstAsync(t => t.OwnerId == aId)).Id.ToString(CultureInfo.InvariantCulture),
            ["group-run"] = (await group.Content.ReadFromJsonAsync<JsonElement>())[0].GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture),
            ["invitation"] = await IdOfAsync(invitation),
            ["import-job"] = await IdOfAsync(importJob),
            ["link"] = link.Id.ToString(CultureInfo.InvariantCulture),
            ["runner"] = aId,
            ["date"] = Today,
        };
        return new ApiWorld
        {
            RunnerAId = aId,
            Ids = ids,
            Clients = new Dictionary<Asker, HttpClient>
            {
                [Asker.Anonymous] = server.NewClient(), [Asker.RunnerA] = a, [Asker.RunnerB] = b, [Asker.HealthCoach] = health,
                [Asker.TrainingCoach] = training, [Asker.OtherCoach] = other, [Asker.EndedCoach] = ended,
            },
        };
    }

    /// <summary>
    /// The path with its parameters filled from A's data; null when a parameter has no known value (the test then names it, so a new
    /// endpoint cannot go untested).
    /// </summary>
    public string? Fill(string pattern, out string? missing)
    {
        missing = null;
        var path = pattern;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(pattern, @"\{([a-zA-Z]+)(:[a-z]+)?\}"))
        {
            var name = m.Groups[1].Value;
            var value = (name, pattern) switch
            {
                ("runnerId", _) => Ids["runner"],
                ("date", _) => Ids["date"],
                ("linkId", _) => Ids["link"],
                ("token", _) => new string('f', 64),
                ("code", _) => "ABCD-EFGH-JKLM",
                ("instrument", _) => "start-back",
                ("id", var p) when p.StartsWith("/api/runs/", StringComparison.Ordinal) => Ids["run"],
                ("id", var p) when p.StartsWith("/api/shoes/", StringComparison.Ordinal) => Ids["shoe"],
                ("id", var p) when p.StartsWith("/api/pain/", StringComparison.Ordinal) => Ids["pain"],
                ("id", var p) when p.StartsWith("/api/remedies/", StringComparison.Ordinal) => Ids["remedy"],
                ("id", var p) when p.StartsWith("/api/group-runs/", StringComparison.Ordinal) => Ids["group-run"],
                ("id", var p) when p.StartsWith("/api/coach/invitations/", StringComparison.Ordinal) => Ids["invitation"],
                ("id", var p) when p.StartsWith("/api/import-jobs/", StringComparison.Ordinal) => Ids["import-job"],
                ("id", var p) when p.StartsWith("/api/exercises/", StringComparison.Ordinal) => "hip-flexor-stretch",
                ("id", var p) when p.StartsWith("/api/comments/", StringComparison.Ordinal) => "1",
                _ => null,
            };
            if (value is null)
            {
                missing = name;
                return null;
            }

            path = path.Replace(m.Value, Uri.EscapeDataString(value), StringComparison.Ordinal);
        }

        return path;
    }

    private static async Task<HttpClient> CoachAsync(HarrierServer server, string who, HttpClient runner, string scope)
    {
        var (coach, _) = await Api.CoachAsync(server, who);
        await Api.LinkAsync(coach, runner, scope);
        return coach;
    }

    private static async Task<string> IdOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("id").ValueKind == JsonValueKind.Number
            ? body.GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture)
            : body.GetProperty("id").GetString()!;
    }
}
