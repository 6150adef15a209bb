using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Harrier.Web.Tests.Account;

/// <summary>
/// The rate limits on sign-in, registration and reset (429, Retry-After, a plain message), and failed sign-ins held per address
/// and e-mail, so that guesses from one address never lock the owner out elsewhere. Each test comes from its own loopback address.
/// </summary>
public sealed class AccountLimitsTests(LimitedHarrierServer server) : IClassFixture<LimitedHarrierServer>
{
    [Fact]
    public async Task FailedSignIns_HoldThatAddressForThatEmailOnly_SameForUnknownAddresses_OwnerElsewhereSignsIn()
    {
        var email = Api.NewEmail("target");
        var nobody = Api.NewEmail("nobody");
        using (var owner = Clients.From(server, "127.0.0.10"))
        {
            using var registered = await owner.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password });
        }

        using var attacker = Clients.From(server, "127.0.0.11");
        for (var i = 0; i < 3; i++)
        {
            using var wrong = await attacker.PostAsJsonAsync("/api/auth/login", new { email, password = $"guess number {i}" });
            using var wrongUnknown = await attacker.PostAsJsonAsync("/api/auth/login", new { email = nobody, password = $"guess number {i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, wrongUnknown.StatusCode);
        }

        using var held = await attacker.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password });
        using var heldUnknown = await attacker.PostAsJsonAsync("/api/auth/login", new { email = nobody, password = Api.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, heldUnknown.StatusCode);
        Assert.InRange(held.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(15));
        var detail = (await held.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString();
        Assert.Equal(detail, (await heldUnknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.StartsWith("Too many attempts from your address. Try again in", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("lock", detail, StringComparison.OrdinalIgnoreCase);

        using var page = await Pages.LogInAsync(attacker, email);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.StartsWith("Too many attempts", Browserless.Parse(await page.Content.ReadAsStringAsync()).QuerySelector("[role=alert]")!.TextContent,
            StringComparison.Ordinal);

        using var ownerElsewhere = Clients.From(server, "127.0.0.12");
        await Api.LogInAsync(ownerElsewhere, email, Api.Password);
        using var otherAccount = await attacker.PostAsJsonAsync("/api/auth/login", new { email = Api.NewEmail("other"), password = "a guess" });
        Assert.Equal(HttpStatusCode.Unauthorized, otherAccount.StatusCode);
    }

    [Fact]
    public async Task FailedSignIns_SpreadOverManyAddresses_HoldTheEmailForNewDevices_NeverForADeviceItSignedInOn()
    {
        var email = Api.NewEmail("spread");
        using var owner = Clients.From(server, "127.0.0.50");
        using (var registered = await owner.PostAsJsonAsync("/api/auth/register", new { email, password = Api.Password }))
        {
            Assert.Equal(HttpStatusCode.Accepted, registered.StatusCode);
        }

        await Api.LogInAsync(owner, email, Api.Password); // the owner's client now carries the device cookie

        // Six guesses (the per-account budget of this server), each from another address, so the per-address limit never bites.
        for (var i = 0; i < 6; i++)
        {
            using var guesser = Clients.From(server, $"127.0.1.{i + 1}");
            using var wrong = await guesser.PostAsJsonAsync("/api/auth/login", new { email, password = $"guess number {i}" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var seventh = Clients.From(server, "127.0.1.7");
        using var held = await seventh.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.NotNull(held.Headers.RetryAfter?.Delta);

        // The owner's device, which signed in before, is not held; nor is another account from the new address.
        using var mine = await owner.PostAsJsonAsync("/api/auth/login", new { email, password = Api.Password });
        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        using var other = await seventh.PostAsJsonAsync("/api/auth/login", new { email = Api.NewEmail("else"), password = "a guess" });
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
    }

    [Fact]
    public async Task SignIn_TooManyFromOneAddress_Is429WithRetryAfterOnApiAndPage()
    {
        using var client = Clients.From(server, "127.0.0.20");
        for (var i = 0; i < 10; i++)
        {
            using var attempt = await client.PostAsJsonAsync("/api/auth/login", new { email = Api.NewEmail("spray"), password = "a guess" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }

        using var api = await client.PostAsJsonAsync("/api/auth/login", new { email = Api.NewEmail("spray"), password = "a guess" });
        using var page = await Pages.LogInAsync(client, Api.NewEmail("spray"), "a guess");

        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter?.Delta);
        Assert.Equal("Too many attempts", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Equal("text/plain", page.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("Too many attempts from your address.", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var elsewhere = Clients.From(server, "127.0.0.21");
        using var fine = await elsewhere.PostAsJsonAsync("/api/auth/login", new { email = Api.NewEmail("spray"), password = "a guess" });
        Assert.Equal(HttpStatusCode.Unauthorized, fine.StatusCode);
    }

    [Fact]
    public async Task Register_TooManyFromOneAddress_Is429OnApiAndPage()
    {
        using var client = Clients.From(server, "127.0.0.30");
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.PostAsJsonAsync("/api/auth/register", new { email = Api.NewEmail("many"), password = Api.Password });
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }

        using var api = await client.PostAsJsonAsync("/api/auth/register", new { email = Api.NewEmail("many"), password = Api.Password });
        using var page = await Pages.RegisterAsync(client, Api.NewEmail("many"));

        Assert.Equal(HttpStatusCode.TooManyRequests, api.StatusCode);
        Assert.NotNull(api.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task PasswordReset_TooManyFromOneAddress_Is429()
    {
        using var client = Clients.From(server, "127.0.0.40");
        for (var i = 0; i < 2; i++)
        {
            using var answered = await client.PostAsJsonAsync("/api/auth/reset-password", new { email = Api.NewEmail("r"), code = "x", newPassword = Api.Password });
            Assert.Equal(HttpStatusCode.BadRequest, answered.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = Api.NewEmail("r") });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
    }
}
