using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>One runner tries to read, change and delete another runner's data through the API and the pages.</summary>
public sealed class PrivacyTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static readonly DateTimeOffset Start = new(TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(-1).AddHours(6), TimeSpan.Zero);

    [Fact]
    public async Task Api_OtherRunnersRun_IsNotFoundAndUnchanged()
    {
        using var ana = await Api.RunnerAsync(server, "ana");
        using var ben = await Api.RunnerAsync(server, "ben");
        var id = (await Api.CreateRunAsync(ana, Api.Run(Start, notes: "ana's run"))).GetProperty("id").GetInt32();

        using var read = await ben.GetAsync($"/api/runs/{id}");
        using var change = await ben.PutAsJsonAsync($"/api/runs/{id}", Api.Run(Start, meters: 1000));
        using var delete = await ben.DeleteAsync($"/api/runs/{id}");
        var list = await ben.GetFromJsonAsync<JsonElement>("/api/runs");

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(0, list.GetArrayLength());
        var still = await ana.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
        Assert.Equal(5000, still.GetProperty("distanceMeters").GetDouble());
        Assert.Equal("ana's run", still.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task Api_OtherRunnersShoe_CannotBeUsedChangedOrDeleted()
    {
        using var ana = await Api.RunnerAsync(server, "ana");
        using var ben = await Api.RunnerAsync(server, "ben");
        using var created = await ana.PostAsJsonAsync("/api/shoes", new { name = "Ana's shoes" });
        var shoeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        using var useIt = await ben.PostAsJsonAsync("/api/runs", new { startTime = Start, distanceMeters = 5000, durationSeconds = 1800, rpe = 4, shoeId });
        using var change = await ben.PutAsJsonAsync($"/api/shoes/{shoeId}", new { name = "Mine now" });
        using var delete = await ben.DeleteAsync($"/api/shoes/{shoeId}");

        Assert.Equal(HttpStatusCode.BadRequest, useIt.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        var shoes = await ana.GetFromJsonAsync<JsonElement>("/api/shoes");
        Assert.Equal("Ana's shoes", shoes[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pages_OtherRunnersRun_IsNotFoundAndCannotBeDeleted()
    {
        using var ana = await Api.RunnerAsync(server, "ana");
        var id = (await Api.CreateRunAsync(ana, Api.Run(Start, notes: "private note"))).GetProperty("id").GetInt32();
        using var ben = await Pages.SignedInBrowserAsync(server, "ben");

        using var edit = await ben.GetAsync($"/runs/{id}/edit");
        using var confirm = await ben.GetAsync($"/runs/{id}/delete");
        var log = await (await ben.GetAsync("/log")).Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.DoesNotContain("private note", log, StringComparison.Ordinal);
        Assert.DoesNotContain("private note", await edit.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Post the delete form as Ben, with Ben's own valid antiforgery token taken from one of his pages.
        var token = (await ben.GetPageAsync("/runs/new")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var post = await ben.PostAsync($"/runs/{id}/delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "delete-run", ["__RequestVerificationToken"] = token,
        }));
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        using var stillThere = await ana.GetAsync($"/api/runs/{id}");
        Assert.Equal(HttpStatusCode.OK, stillThere.StatusCode);
    }

    [Fact]
    public async Task Pages_SignedOut_RedirectToLogin()
    {
        using var client = server.NewClient();
        foreach (var url in new[] { "/log", "/runs/new", "/shoes", "/account/settings" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }
}
