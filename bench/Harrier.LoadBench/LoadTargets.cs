using System.Globalization;

namespace Harrier.LoadBench;

/// <summary>One page or API call under load: a request per identity, sent in turn.</summary>
/// <param name="Lines">"METHOD\tPATH\tHEADER\tBODY" for <c>load.lua</c>.</param>
internal sealed record LoadTarget(string Name, IReadOnlyList<string> Lines);

/// <summary>The pages and calls the issue names: Today, Log, Plan, Load, a run page with charts, the roster, and the runs API.</summary>
internal static class LoadTargets
{
    public static IEnumerable<LoadTarget> All(IReadOnlyList<Identity> identities)
    {
        var runners = identities.Where(i => !i.IsCoach).ToArray();
        var coach = identities.Single(i => i.IsCoach);
        var from = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-56).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        LoadTarget Page(string name, Func<Identity, string> path) =>
            new(name, runners.Select(r => $"GET\t{path(r)}\tCookie: {r.Cookie}\t").ToArray());
        LoadTarget Api(string name, string method, string path, string body = "") =>
            new(name, runners.Select(r => $"{method}\t{path}\tAuthorization: Bearer {r.Bearer}\t{body}").ToArray());
        yield return Page("Today (page)", _ => "/today");
        yield return Page("Log (page)", _ => "/log");
        yield return Page("Plan (page)", _ => "/plan");
        yield return Page("Load (page)", _ => "/load");
        yield return Page("A run with charts (page)", r => $"/runs/{r.RecordedRunId}");
        yield return new LoadTarget("Roster (coach page)", [$"GET\t/coach\tCookie: {coach.Cookie}\t"]);
        yield return Api("GET /api/runs (8 weeks)", "GET", $"/api/runs?from={from}");
        yield return Api("GET /api/log/weeks", "GET", "/api/log/weeks");
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        yield return Api("POST /api/runs", "POST", "/api/runs",
            $"{{\"startTime\":\"{now}\",\"distanceMeters\":5000,\"durationSeconds\":1800,\"rpe\":4,\"surface\":\"road\",\"timeZone\":\"Europe/London\"}}");
    }
}
