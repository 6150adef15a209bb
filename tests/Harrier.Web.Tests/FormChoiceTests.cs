using System.Net;
using System.Text.RegularExpressions;
using Harrier.Tests.Web;
using Harrier.Web.Components.Shared;

namespace Harrier.Web.Tests;

/// <summary>
/// A hand-made post of a choice the form never offered (an enum's number that names no member, or no number at all) is refused
/// with a message and stores nothing, on every form: Blazor binds <c>DistanceUnit=7</c> as readily as <c>Miles</c>.
/// </summary>
public sealed partial class FormChoiceTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    public static TheoryData<string, string> BadSettings => new()
    {
        { "Input.DistanceUnit", "7" },
        { "Input.DistanceUnit", "-1" },
        { "Input.Sex", "9" },
        { "Input.DistanceUnit", "1" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task Settings_AChoiceNotOffered_IsRefusedAndThePagesStillWork(string field, string value)
    {
        using var client = await Pages.SignedInBrowserAsync(server, "choices");

        using var response = await client.SubmitAsync("/account/settings", "settings", new Dictionary<string, string> { [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(FormChecks.Refused, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Settings saved.", html, StringComparison.Ordinal);
        foreach (var url in new[] { "/api/me", "/log", "/load", "/shoes", "/pain/new" })
        {
            using var after = await client.GetAsync(url, TestContext.Current.CancellationToken);
            Assert.True(after.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)after.StatusCode}");
        }
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("Furlongs")]
    public async Task Settings_AChoiceThatCannotBeRead_IsRefused_NotSavedAsTheDefault(string value)
    {
        using var client = await Pages.SignedInBrowserAsync(server, "unreadable");
        using (var miles = await client.SubmitAsync("/account/settings", "settings", new Dictionary<string, string> { ["Input.DistanceUnit"] = "Miles" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, miles.StatusCode);
        }

        using var response = await client.SubmitAsync("/account/settings", "settings", new Dictionary<string, string> { ["Input.DistanceUnit"] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(FormChecks.Refused, html, StringComparison.Ordinal);
        Assert.Contains("\"distanceUnit\":\"miles\"", await client.GetStringAsync("/api/me", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("190.5")]
    [InlineData("abc")]
    [InlineData("1e308")]
    public async Task Settings_ANumberThatCannotBeRead_IsRefused_TheHeartRatesKept(string value)
    {
        using var client = await Pages.SignedInBrowserAsync(server, "heartrate");
        using (var set = await client.SubmitAsync("/account/settings", "settings",
            new Dictionary<string, string> { ["Input.MaxHeartRate"] = "190", ["Input.RestingHeartRate"] = "50" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        using var response = await client.SubmitAsync("/account/settings", "settings", new Dictionary<string, string> { ["Input.MaxHeartRate"] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(FormChecks.Refused, html, StringComparison.Ordinal);
        Assert.Contains("Enter a whole number.", html, StringComparison.Ordinal);
        Assert.Contains("\"maxHeartRate\":190", await client.GetStringAsync("/api/me", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunForm_ASurfaceNotOffered_IsRefusedAndNoRunIsStored()
    {
        using var client = await Pages.SignedInBrowserAsync(server, "surface");

        using var response = await client.SubmitAsync("/runs/new", "run", new Dictionary<string, string>
        {
            ["Input.Date"] = "2026-01-05", ["Input.Time"] = "06:30", ["Input.Distance"] = "5", ["Input.Duration"] = "30:00",
            ["Input.Rpe"] = "4", ["Input.Surface"] = "9",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(FormChecks.Refused, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        using var runs = await client.GetAsync("/api/runs?from=2025-01-01", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, runs.StatusCode);
        Assert.DoesNotContain("\"id\"", await runs.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryForm_UsesFormChecks_NotTheBareDataAnnotationsValidator()
    {
        var forms = Directory.EnumerateFiles(Path.Combine(SelfHosting.AppProcess.RepositoryRoot(), "src", "Harrier.Web"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => EditForm().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Form: m.Value)))
            .ToArray();

        Assert.True(forms.Length > 15, $"only {forms.Length} forms found");
        Assert.Empty(forms.Where(f => !f.Form.Contains("<FormChecks />", StringComparison.Ordinal) || f.Form.Contains("<DataAnnotationsValidator", StringComparison.Ordinal))
            .Select(f => f.File));
    }

    [Fact]
    public void HandReadForms_ReadChoicesThroughChoice_NeverEnumTryParse()
    {
        // Enum.TryParse takes "64" or "9" and gives a value no option offers; Choice.TryParse takes names only.
        var offenders = Directory.EnumerateFiles(Path.Combine(SelfHosting.AppProcess.RepositoryRoot(), "src", "Harrier.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal)) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("Enum.TryParse<", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("/account/login?registered=abc", "/account/login")]
    [InlineData("/account/login?registered=abc&ReturnUrl=%2Fplan", "/account/login?ReturnUrl=%2Fplan")]
    public async Task APageQueryValueItCannotRead_IsDroppedWithARedirect_NotAnErrorPage(string url, string expected)
    {
        using var client = server.NewClient();

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/log?saved=abc")]
    [InlineData("/log/runs?page=abc")]
    [InlineData("/account/settings?saved=abc")]
    [InlineData("/screening?entry=1.5")]
    [InlineData("/screening?entry=99999999999")]
    [InlineData("/plan?changed=maybe")]
    public async Task SignedIn_UnreadableQueryValues_NeverAnErrorPage(string url)
    {
        using var client = await Pages.SignedInBrowserAsync(server, "query");

        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            using var followed = await client.GetAsync(response.Headers.Location, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        }
    }

    [Fact]
    public async Task Shoes_AHugeStartingDistance_IsAFieldError_NotAnErrorPage()
    {
        using var client = await Pages.SignedInBrowserAsync(server, "bigshoe");

        foreach (var value in new[] { "1e308", "3000000000" })
        {
            using var response = await client.SubmitAsync("/shoes", "add-shoe", new Dictionary<string, string> { ["Input.Name"] = "Big", ["Input.StartingDistance"] = value });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Enter a distance from 0 to 10000.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RangeChecks_OnFractionalNumbers_HaveFractionalBounds()
    {
        // [Range(0, 10000)] compares through Convert.ToInt32, so 3e9 in a double field threw instead of failing validation.
        var wrong = typeof(HarrierApp).Assembly.GetTypes().SelectMany(t => t.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) is var type
                && (type == typeof(double) || type == typeof(float) || type == typeof(decimal)))
            .Where(p => p.GetCustomAttributes(typeof(System.ComponentModel.DataAnnotations.RangeAttribute), true)
                .Cast<System.ComponentModel.DataAnnotations.RangeAttribute>().Any(r => r.OperandType == typeof(int)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");

        Assert.Empty(wrong);
    }

    [GeneratedRegex(@"<EditForm\b.*?</EditForm>", RegexOptions.Singleline)]
    private static partial Regex EditForm();
}
