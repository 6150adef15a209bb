using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Harrier.Web.Tests;

/// <summary>Small helpers for talking to the JSON API as a signed-in runner.</summary>
internal static class Api
{
    public const string Password = "correct horse battery";

    // Digits only after the name: random hex letters would hand the password rules words to find ("aa" in "…3aa9…").
    public static string NewEmail(string who) => $"{who}-{BitConverter.ToUInt64(Guid.NewGuid().ToByteArray()):D20}@example.com";

    /// <summary>Registers a runner and returns a client that carries their bearer token.</summary>
    public static async Task<HttpClient> RunnerAsync(
        Harrier.Tests.Web.HarrierServer server, string who = "runner", string timeZone = "Europe/London", string distanceUnit = "kilometers")
    {
        var client = server.NewClient();
        var email = NewEmail(who);
        using var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, timeZone, distanceUnit });
        Assert.Equal(HttpStatusCode.Accepted, register.StatusCode);
        var token = await LogInAsync(client, email, Password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<string> LogInAsync(HttpClient client, string email, string password)
    {
        using var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var body = await login.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }

    public static object Run(DateTimeOffset start, double meters = 5000, double seconds = 1800, int rpe = 4, string surface = "road", string? notes = null) =>
        new { startTime = start, distanceMeters = meters, durationSeconds = seconds, rpe, surface, notes };

    /// <summary>A multipart body of files under the form field "files", as the import endpoint and page take them.</summary>
    public static MultipartFormDataContent Files(params (string Name, byte[] Data)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, data) in files)
        {
            var part = new ByteArrayContent(data);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "files", name);
        }

        return content;
    }

    /// <summary>Uploads files to <c>POST /api/imports</c> (with a default pair of shoes when given) and returns the body.</summary>
    public static async Task<JsonElement> ImportAsync(HttpClient client, string? shoeId, params (string Name, byte[] Data)[] files)
    {
        using var content = Files(files);
        if (shoeId is not null)
        {
            content.Add(new StringContent(shoeId), "shoeId");
        }

        using var response = await client.PostAsync("/api/imports", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<JsonElement> CreateRunAsync(HttpClient client, object run)
    {
        using var response = await client.PostAsJsonAsync("/api/runs", run);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Registers an account, makes it a coach named <paramref name="who"/>, and signs in again so the role counts.</summary>
    public static async Task<(HttpClient Client, string Email)> CoachAsync(Harrier.Tests.Web.HarrierServer server, string who, string timeZone = "Europe/London")
    {
        var client = server.NewClient();
        var email = NewEmail(who);
        using var register = await client.PostAsJsonAsync("/api/auth/register", new { email, password = Password, timeZone });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LogInAsync(client, email, Password));
        using var coach = await client.PutAsJsonAsync("/api/me", new { displayName = who, coach = true });
        Assert.Equal(HttpStatusCode.OK, coach.StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await LogInAsync(client, email, Password));
        return (client, email);
    }

    /// <summary>The runner accepts an invitation from the coach with <paramref name="scope"/> ("training" or "training-and-health").</summary>
    public static async Task LinkAsync(HttpClient coach, HttpClient runner, string scope)
    {
        using var invite = await coach.PostAsync("/api/coach/invitations", null);
        var code = (await invite.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
        using var accept = await runner.PostAsJsonAsync("/api/coaches", new { code, scope });
        Assert.Equal(HttpStatusCode.OK, accept.StatusCode);
    }

    /// <summary>The signed-in account's id.</summary>
    public static async Task<string> IdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("id").GetString()!;

    /// <summary>The background import at <paramref name="location"/> once it has ended (done, cancelled or failed), within two minutes.</summary>
    public static async Task<JsonElement> WaitForImportAsync(HttpClient client, string location)
    {
        for (var i = 0; i < 1200; i++)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(location);
            if (job.GetProperty("state").GetString() is not ("queued" or "running"))
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The import at {location} had not ended after two minutes.");
    }
}
