using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

public sealed class RunsApiTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static readonly DateTimeOffset Yesterday6Am = new(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-1).AddHours(6), TimeSpan.Zero);

    [Fact]
    public async Task CreateGetUpdateDelete_OwnRun_RoundTrips()
    {
        using var client = await Api.RunnerAsync(server);

        var created = await Api.CreateRunAsync(client, Api.Run(Yesterday6Am, notes: "easy"));
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(120, created.GetProperty("load").GetDouble());
        Assert.Equal("Somewhat hard", created.GetProperty("rpeLabel").GetString());
        Assert.Equal(360, created.GetProperty("paceSecondsPerKm").GetDouble());
        Assert.Equal("Europe/London", created.GetProperty("timeZone").GetString());

        using var update = await client.PutAsJsonAsync($"/api/runs/{id}", Api.Run(Yesterday6Am, meters: 6000, rpe: 5, surface: "grass"));
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        var fetched = await client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
        Assert.Equal(6000, fetched.GetProperty("distanceMeters").GetDouble());
        Assert.Equal("grass", fetched.GetProperty("surface").GetString());

        using var delete = await client.DeleteAsync($"/api/runs/{id}");
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        using var gone = await client.GetAsync($"/api/runs/{id}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task Weeks_RunsThisWeek_AreTotalled()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        var now = TimeProvider.System.GetUtcNow();
        await Api.CreateRunAsync(client, Api.Run(now.AddMinutes(-2), meters: 3000, seconds: 1200, rpe: 3));
        await Api.CreateRunAsync(client, Api.Run(now.AddMinutes(-1), meters: 2000, seconds: 600, rpe: 6));

        var weeks = await client.GetFromJsonAsync<JsonElement>("/api/log/weeks?weeks=2");

        Assert.Equal(2, weeks.GetArrayLength());
        var thisWeek = weeks[0];
        Assert.Equal(2, thisWeek.GetProperty("runs").GetInt32());
        Assert.Equal(5000, thisWeek.GetProperty("distanceMeters").GetDouble());
        Assert.Equal(1800, thisWeek.GetProperty("durationSeconds").GetDouble());
        Assert.Equal(3 * 20 + 6 * 10, thisWeek.GetProperty("load").GetDouble());
        Assert.Equal(0, weeks[1].GetProperty("runs").GetInt32());
    }

    [Theory]
    [InlineData("rpe", 11)]
    [InlineData("distanceMeters", 0)]
    [InlineData("durationSeconds", 0)]
    public async Task Create_OutOfRangeValue_IsValidationProblemNamingTheField(string field, double value)
    {
        using var client = await Api.RunnerAsync(server);
        var body = new Dictionary<string, object?>
        {
            ["startTime"] = Yesterday6Am, ["distanceMeters"] = 5000, ["durationSeconds"] = 1800, ["rpe"] = 4,
            [field] = value,
        };

        using var response = await client.PostAsJsonAsync("/api/runs", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Create_ImplausiblyFast_IsRejectedWithReason()
    {
        using var client = await Api.RunnerAsync(server);
        using var response = await client.PostAsJsonAsync("/api/runs", Api.Run(Yesterday6Am, meters: 42195, seconds: 1800));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("faster than 2:00 per km", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_InFuture_IsRejected()
    {
        using var client = await Api.RunnerAsync(server);
        using var response = await client.PostAsJsonAsync("/api/runs", Api.Run(TimeProvider.System.GetUtcNow().AddDays(2)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Create_MalformedJson_IsProblemWithoutStackTrace()
    {
        using var client = await Api.RunnerAsync(server);
        using var content = new StringContent("{\"startTime\": \"not a date\", ", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/api/runs", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shoes_RunInShoe_CountsTowardsTotal()
    {
        using var client = await Api.RunnerAsync(server);
        using var created = await client.PostAsJsonAsync("/api/shoes", new { name = "Pegasus 40", startingDistanceMeters = 10000 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var shoeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        await Api.CreateRunAsync(client, new { startTime = Yesterday6Am, distanceMeters = 5000, durationSeconds = 1800, rpe = 4, shoeId });
        var shoes = await client.GetFromJsonAsync<JsonElement>("/api/shoes");

        var shoe = shoes.EnumerateArray().Single();
        Assert.Equal(15000, shoe.GetProperty("totalDistanceMeters").GetDouble());
        Assert.Equal(1, shoe.GetProperty("runs").GetInt32());
    }

    [Fact]
    public async Task Runs_WithoutSignIn_Is401NotRedirect()
    {
        using var client = server.NewClient();
        using var response = await client.GetAsync("/api/runs");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
