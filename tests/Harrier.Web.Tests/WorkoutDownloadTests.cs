using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Harrier.Import.Fit;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests;

/// <summary>A run session downloads as a FIT workout that Harrier's own decoder reads back with the session's steps.</summary>
public sealed class WorkoutDownloadTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Download_RunSession_IsANamedFitWorkoutWithTheSessionsSteps()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        var start = Today.AddDays(1);
        using var created = await client.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start, days = PlanCalendarTests.EveryOtherDay(start) });
        var second = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sessions")[1];
        var date = second.GetProperty("date").GetString()!;

        using var response = await client.GetAsync($"/api/plans/active/sessions/{date}/workout.fit");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.ant.fit", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{date} Week 1 run 2.fit", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var decoder = new FitDecoder();
        Assert.True(decoder.Decode(await response.Content.ReadAsByteArrayAsync()), decoder.Error?.Message);
        var workout = decoder.Workout!;
        Assert.Equal("Week 1, run 2", workout.Name);
        Assert.Equal(1, workout.Sport);
        var runs = workout.Steps.Where(s => s.Intensity == FitIntensity.Active).ToArray();
        Assert.Equal(60, runs[0].Seconds);
        var repeat = Assert.Single(workout.Steps, s => s.IsRepeat);
        Assert.Equal(8u, repeat.TargetValue);
        Assert.Equal(second.GetProperty("steps").EnumerateArray().First().GetProperty("seconds").GetInt32(), workout.Steps[0].Seconds);
    }

    [Fact]
    public async Task Download_RestDayOrAnotherRunnersPlan_Is404()
    {
        using var client = await Api.RunnerAsync(server, timeZone: "Etc/UTC");
        var start = Today.AddDays(1);
        using var created = await client.PostAsJsonAsync("/api/plans", new { template = "nhs-couch-to-5k", start, days = PlanCalendarTests.EveryOtherDay(start) });
        using var other = await Api.RunnerAsync(server, "other");
        var first = start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        using var rest = await client.GetAsync($"/api/plans/active/sessions/{start.AddDays(1):yyyy-MM-dd}/workout.fit");
        using var stranger = await other.GetAsync($"/api/plans/active/sessions/{first}/workout.fit");

        Assert.Equal(HttpStatusCode.NotFound, rest.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }
}
