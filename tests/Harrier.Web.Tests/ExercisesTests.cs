using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Core.Exercises;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

public sealed class ExercisesTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Fact]
    public async Task ListPage_Anonymous_ShowsEveryExerciseOnceWithPictureDoseAndBadge()
    {
        using var client = server.NewClient();

        var page = await client.GetPageAsync("/exercises");

        Assert.Equal("Exercise library", page.QuerySelector("h1")!.TextContent);
        var cards = page.QuerySelectorAll("article.exercise-card");
        Assert.Equal(ExerciseLibrary.All.Count, cards.Length);
        foreach (var exercise in ExerciseLibrary.All)
        {
            var card = Assert.Single(cards, c => c.QuerySelector($"a[href='exercises/{exercise.Id}']") is not null);
            var picture = card.QuerySelector("img")!;
            Assert.Equal($"exercises/{exercise.Id}.svg", picture.GetAttribute("src"));
            Assert.False(string.IsNullOrWhiteSpace(picture.GetAttribute("alt")), $"{exercise.Id} picture has no alt text");
            Assert.Contains(exercise.Purpose, card.TextContent, StringComparison.Ordinal);
            Assert.Contains(exercise.Dose.Text, card.TextContent, StringComparison.Ordinal);
            Assert.Equal(exercise.Evidence.Label, card.QuerySelector(".evidence-badge")!.TextContent);
            Assert.Contains("[", card.QuerySelector(".evidence-tags")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ListPage_GroupsExercisesUnderHeadings()
    {
        using var client = server.NewClient();

        var page = await client.GetPageAsync("/exercises");

        var headings = page.QuerySelectorAll("section.exercise-group > h2").Select(h => h.TextContent).ToArray();
        Assert.Equal(["Before you run", "Stretching and mobility", "Strength", "Running form"], headings);
        var strength = page.QuerySelector("#group-strength")!.ParentElement!;
        Assert.NotNull(strength.QuerySelector("a[href='exercises/reverse-hyper']"));
        Assert.NotNull(strength.QuerySelector("a[href='exercises/glute-bridge']"));
    }

    [Fact]
    public async Task ListPage_PicturesExist()
    {
        using var client = server.NewClient();

        foreach (var exercise in ExerciseLibrary.All)
        {
            using var response = await client.GetAsync($"/exercises/{exercise.Picture}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task DetailPage_ReverseHyper_ShowsSafetyFirstNumberedStepsDoseAndSourcedEvidence()
    {
        using var client = server.NewClient();
        var exercise = ExerciseLibrary.Get("reverse-hyper");

        var page = await client.GetPageAsync("/exercises/reverse-hyper");

        Assert.Equal("Reverse hyper", page.QuerySelector("h1")!.TextContent);
        var picture = page.QuerySelector("img.exercise-picture")!;
        Assert.Equal("exercises/reverse-hyper.svg", picture.GetAttribute("src"));
        Assert.StartsWith("Reverse hyper: trunk on the bench", picture.GetAttribute("alt"), StringComparison.Ordinal);
        var safety = page.QuerySelectorAll(".exercise-safety li").Select(li => li.TextContent).ToArray();
        Assert.Equal(exercise.Safety, safety);
        Assert.Contains("lower back doing the work", safety[0], StringComparison.Ordinal);
        var headings = page.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        Assert.True(headings.IndexOf("Safety: read this first") < headings.IndexOf("How to do it"), "Safety comes before the steps");
        Assert.Equal(exercise.Instructions, page.QuerySelectorAll("ol.exercise-steps > li").Select(li => li.TextContent).ToArray());
        Assert.Equal(exercise.Dose.Text, page.QuerySelector(".exercise-dose-text")!.TextContent);
        Assert.Contains(exercise.Evidence.Summary, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(exercise.Evidence.Label, page.QuerySelector(".evidence-badge")!.TextContent);
        var sources = page.QuerySelectorAll(".evidence-claims cite").Select(c => c.TextContent).ToArray();
        Assert.Equal(exercise.Evidence.Claims.Select(c => c.Source), sources);
    }

    [Fact]
    public async Task DetailPage_UnverifiedClaim_IsTaggedUnverified()
    {
        using var client = server.NewClient();

        var page = await client.GetPageAsync("/exercises/warm-up");

        var claims = page.QuerySelectorAll(".evidence-claims li").Select(li => li.TextContent).ToArray();
        Assert.Contains(claims, c =>
            c.StartsWith("Unverified:", StringComparison.Ordinal) && c.Contains("[U] not confirmed by research", StringComparison.Ordinal));
        Assert.Equal("Not studied: unclear", page.QuerySelector(".evidence-badge")!.TextContent);
    }

    [Fact]
    public async Task DetailPage_SignedIn_AlsoWorks()
    {
        using var client = await Pages.SignedInBrowserAsync(server, "exercises");

        var page = await client.GetPageAsync("/exercises/glute-bridge");

        Assert.Equal("Glute bridge", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task DetailPage_UnknownId_Is404WithTheNotFoundPage()
    {
        using var client = server.NewClient();

        using var response = await client.GetAsync("/exercises/handstand-push-up");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = Browserless.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Not found", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Api_List_Anonymous_ReturnsEveryExerciseWithGradeAndSources()
    {
        using var client = server.NewClient();

        var exercises = await client.GetFromJsonAsync<JsonElement>("/api/exercises");

        Assert.Equal(ExerciseLibrary.All.Select(e => e.Id), exercises.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        foreach (var exercise in exercises.EnumerateArray())
        {
            var evidence = exercise.GetProperty("evidence");
            Assert.Contains(evidence.GetProperty("grade").GetString(), new[] { "moderate", "low", "very-low", "not-studied" });
            Assert.NotEqual(0, evidence.GetProperty("sources").GetArrayLength());
            Assert.All(evidence.GetProperty("claims").EnumerateArray(),
                c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("source").GetString())));
            Assert.NotEqual(0, exercise.GetProperty("safety").GetArrayLength());
            Assert.EndsWith(".svg", exercise.GetProperty("pictureUrl").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Api_Get_ReturnsTheExercise()
    {
        using var client = await Api.RunnerAsync(server);
        var expected = ExerciseLibrary.Get("calf-stretch-soleus");

        var exercise = await client.GetFromJsonAsync<JsonElement>("/api/exercises/calf-stretch-soleus");

        Assert.Equal("calf-stretch-soleus", exercise.GetProperty("id").GetString());
        Assert.Equal("stretching", exercise.GetProperty("group").GetString());
        var evidence = exercise.GetProperty("evidence");
        Assert.Equal("moderate", evidence.GetProperty("grade").GetString());
        Assert.Equal("Moderate evidence", evidence.GetProperty("gradeText").GetString());
        Assert.Equal("no-preventive-benefit", evidence.GetProperty("effect").GetString());
        Assert.Equal(expected.Evidence.Sources, evidence.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("verified", evidence.GetProperty("claims")[0].GetProperty("tag").GetString());
        Assert.Equal("[V]", evidence.GetProperty("claims")[0].GetProperty("tagText").GetString());
        Assert.Equal(expected.Dose.Text, exercise.GetProperty("dose").GetProperty("text").GetString());
        Assert.Equal("/exercises/calf-stretch-soleus.svg", exercise.GetProperty("pictureUrl").GetString());
        Assert.Equal("/exercises/calf-stretch-soleus", exercise.GetProperty("pageUrl").GetString());
    }

    [Fact]
    public async Task Api_UnknownId_Is404ProblemDetails()
    {
        using var client = server.NewClient();

        using var response = await client.GetAsync("/api/exercises/handstand-push-up");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
