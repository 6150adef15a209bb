using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Harrier.Tests.Web;

namespace Harrier.Web.Tests.SelfHosting;

/// <summary>The API reference works offline on this server alone, and the OpenAPI document says how to sign in and what enums take.</summary>
public sealed partial class ApiReferenceTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Fact]
    public async Task ReferencePage_LoadsNothingFromElsewhere_AndOffersNoOutsideServices()
    {
        using var client = server.NewClient();
        var html = await client.GetStringAsync("/scalar/v1");

        Assert.Empty(AbsoluteAddress().Matches(html).Select(m => m.Value));
        var page = Browserless.Parse(html);
        Assert.All(page.Scripts.Select(s => s.Source ?? ""), src => Assert.DoesNotContain("//", src, StringComparison.Ordinal));
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal); // fonts would come from fonts.scalar.com
        Assert.Contains("\"hideClientButton\":true", html, StringComparison.Ordinal); // "Generate SDK"
        Assert.Contains("\"showDeveloperTools\":\"never\"", html, StringComparison.Ordinal); // "Deploy"
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
        Assert.Matches("\"agent\":\\{[^}]*\"disabled\":true", html); // "Ask AI"
        Assert.Matches("\"mcp\":\\{[^}]*\"disabled\":true", html);
    }

    [Fact]
    public async Task OpenApi_DeclaresTheBearerScheme_AndRequiresItWhereSignInIsNeeded()
    {
        using var client = server.NewClient();
        var doc = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var scheme = doc.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.True(RequiresBearer(doc, "/api/runs", "get"));
        Assert.True(RequiresBearer(doc, "/api/me", "put"));
        Assert.False(RequiresBearer(doc, "/api/auth/login", "post"));
        Assert.False(RequiresBearer(doc, "/api/exercises", "get"));
    }

    [Fact]
    public async Task OpenApi_Enums_AreKebabCaseStringsWithTheirValues()
    {
        using var client = server.NewClient();
        var schemas = (await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json")).GetProperty("components").GetProperty("schemas");

        var region = schemas.GetProperty("BodyRegion");
        Assert.Equal("string", region.GetProperty("type").GetString());
        Assert.Contains("lower-back", region.GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        foreach (var schema in schemas.EnumerateObject().Where(s => s.Value.TryGetProperty("enum", out _)))
        {
            var values = schema.Value.GetProperty("enum").EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => v.GetString()!).ToArray();
            Assert.True(schema.Value.TryGetProperty("type", out var type) && type.ToString().Contains("string", StringComparison.Ordinal), schema.Name);
            Assert.All(values, v => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", v));
        }
    }

    private static bool RequiresBearer(JsonElement doc, string path, string method) =>
        doc.GetProperty("paths").GetProperty(path).GetProperty(method).TryGetProperty("security", out var security)
        && security.EnumerateArray().Any(r => r.TryGetProperty("Bearer", out _));

    [GeneratedRegex(@"(https?:)?//[a-z0-9-]+\.[a-z0-9.-]+", RegexOptions.IgnoreCase)]
    private static partial Regex AbsoluteAddress();
}
