using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Harrier.Tests;
using Harrier.Tests.Web;
using Harrier.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Web.Tests;

/// <summary>
/// Every page in the app's route table and every GET endpoint, on a demo server: pages as the demo runner (the coach's pages as
/// the demo coach) with route values from the sample data. Run on SQLite and on PostgreSQL, whose truly asynchronous calls
/// showed pages rendering before their data was loaded.
/// </summary>
public abstract partial class EveryPageTests(HarrierServer server)
{
    /// <summary>Every route template of every routable component in the web app.</summary>
    public static TheoryData<string> Pages => [.. RoutableComponents().SelectMany(t => t.GetCustomAttributes<RouteAttribute>()).Select(r => r.Template).Order(StringComparer.Ordinal)];

    internal static IEnumerable<Type> RoutableComponents() =>
        typeof(HarrierApp).Assembly.GetTypes().Where(t => typeof(IComponent).IsAssignableFrom(t) && t.GetCustomAttributes<RouteAttribute>().Any());

    /// <summary>The headings of the app's error pages (the not-found view says the 404 one); a page that answers 200 has none.</summary>
    private static readonly string[] ErrorTexts = [.. new[] { 400, 403, 404, 500 }.Select(status => ErrorHeading().Match(StatusPages.Html(status)).Value)];

    /// <summary>
    /// Each page as its demo account, with the demo's ids in its route; a page without route values also as the other demo
    /// account (the coach's own, nearly empty runner pages), and as a visitor: pages open to all answer them, the rest send
    /// them to the login page.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages), MemberType = typeof(EveryPageTests))]
    public async Task Page_AnswersOkForItsDemoAccount(string template)
    {
        TestEnvironment.Need(server.Available, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        var visit = await DemoVisit.OfAsync(server);
        var page = RoutableComponents().Single(t => t.GetCustomAttributes<RouteAttribute>().Any(r => r.Template == template));
        var authorize = page.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToArray();
        var coach = template.StartsWith("/coach", StringComparison.Ordinal) || RequiresCoach(authorize);
        var url = Fill(template, visit);

        await AssertRendersAsync(coach ? visit.Coach : visit.Runner, url);
        if (!coach && !template.Contains('{', StringComparison.Ordinal))
        {
            await AssertRendersAsync(visit.Coach, url);
        }

        using var visitor = server.NewClient();
        using var response = await visitor.GetAsync(url, TestContext.Current.CancellationToken);
        if (authorize.Length == 0)
        {
            await AssertOkAsync(url, response);
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"GET {url} answered a visitor {(int)response.StatusCode}");
            Assert.StartsWith("/account/login", response.Headers.Location!.OriginalString.Replace(server.BaseAddress.ToString(), "/", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    private static async Task AssertRendersAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        await AssertOkAsync(url, response);
    }

    private static async Task AssertOkAsync(string url, HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {Excerpt(html)}");
        // The page the sign-in sends a refused account to says "Not allowed" on purpose.
        foreach (var text in ErrorTexts.Where(t => url != "/account/denied" || !t.Contains("Not allowed", StringComparison.Ordinal)))
        {
            Assert.False(html.Contains(text, StringComparison.Ordinal), $"GET {url} says {text}: {Excerpt(html)}");
        }
    }

    [Fact]
    public async Task EveryGetEndpoint_AnswersWithoutServerError()
    {
        TestEnvironment.Need(server.Available, "PostgreSQL (HARRIER_TEST_POSTGRES)");
        var visit = await DemoVisit.OfAsync(server);
        var endpoints = server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null
                && !e.RoutePattern.RawText!.StartsWith("/_framework/", StringComparison.Ordinal)
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .ToArray();
        Assert.True(endpoints.Length > 40, $"only {endpoints.Length} GET endpoints found");
        var failures = new List<string>();

        foreach (var endpoint in endpoints)
        {
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var coach = RequiresCoach(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>());
            var url = Fill(template, visit) + Query(template, visit);
            using var response = await (coach ? visit.Coach : visit.Runner).GetAsync(url, TestContext.Current.CancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                failures.Add($"GET {url} answered {(int)response.StatusCode}: {Excerpt(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static bool RequiresCoach(IEnumerable<IAuthorizeData> authorize) =>
        authorize.Any(a => a.Policy == IdentitySetup.CoachPolicy);

    /// <summary>A template with its parameters replaced by the demo's ids; <c>{Id}</c> and <c>{id}</c> by the section the path names.</summary>
    private static string Fill(string template, DemoVisit visit) => Parameter().Replace(template, match =>
    {
        var name = match.Groups["name"].Value.ToLowerInvariant();
        var key = name switch
        {
            "documentname" => "openapi-document",
            "runnerid" => "runner",
            "date" => "day",
            "id" => Section(template),
            _ => name,
        };
        return visit.Ids.TryGetValue(key, out var value)
            ? Uri.EscapeDataString(value)
            : throw new InvalidOperationException($"No demo value for {match.Value} in {template}: add one to {nameof(DemoVisit)}.");
    });

    private static string Section(string template) => template.TrimStart('/').Replace("api/", "", StringComparison.Ordinal).Split('/') switch
    {
        ["runs", ..] => "run",
        ["shoes", ..] => "shoe",
        ["remedies", ..] => "remedy",
        ["exercises", ..] => "exercise",
        ["group-runs", ..] or ["coach", "group-runs", ..] => "group-run",
        ["import-jobs", ..] or ["import", "jobs", ..] => "import-job",
        var parts => throw new InvalidOperationException($"Which id does {template} take ({parts[0]})? Add it to {nameof(Section)}."),
    };

    /// <summary>The query an endpoint needs to answer with data rather than a validation problem.</summary>
    private static string Query(string template, DemoVisit visit) => template switch
    {
        "/api/daylight" => "?lat=51.5362&lon=-0.0410",
        "/api/coach/clients/{runnerId}/comments" => "?target=run&key=" + visit.Ids["run"],
        _ => "",
    };

    private static string Excerpt(string body) => body.Length <= 600 ? body : body[..600];

    [GeneratedRegex("<h1>[^<]+</h1>")]
    private static partial Regex ErrorHeading();

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[a-z]+)?\??\}")]
    private static partial Regex Parameter();
}

public sealed class SqliteEveryPageTests(DemoHarrierServer server) : EveryPageTests(server), IClassFixture<DemoHarrierServer>;

public sealed class PostgresEveryPageTests(PostgresDemoHarrierServer server) : EveryPageTests(server), IClassFixture<PostgresDemoHarrierServer>;
