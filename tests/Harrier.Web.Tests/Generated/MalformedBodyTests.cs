using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Harrier.Tests.Web;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Tests.Generated;

/// <summary>
/// Malformed bodies generated from the app's own OpenAPI document, posted to every operation that takes a JSON body: broken JSON,
/// wrong types per property, values out of any sane range (1e308, year 9999, 200,000-character strings, 10,000-item arrays),
/// unknown enum names and numbers for enums. None may answer 5xx, every 400 is a problem with field errors, and nothing refused
/// is stored.
/// </summary>
public sealed class MalformedBodyTests(HarrierServer server) : IClassFixture<HarrierServer>
{
    [Fact]
    public async Task EveryJsonOperation_MalformedBodies_NeverA5xx_FieldErrors_NothingStoredWhenRefused()
    {
        var world = await ApiWorld.CreateAsync(server);
        var document = await world.Clients[Asker.RunnerA].GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = document.GetProperty("components").TryGetProperty("schemas", out var s) ? s : default;
        var problems = new List<string>();
        var operations = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (path.Name.StartsWith("/api/auth/", StringComparison.Ordinal) || world.Fill(path.Name, out _) is not { } url)
            {
                continue;
            }

            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "patch"))
            {
                if (!operation.Value.TryGetProperty("requestBody", out var body)
                    || !body.GetProperty("content").TryGetProperty("application/json", out var json))
                {
                    continue;
                }

                operations++;
                var schema = Resolve(json.GetProperty("schema"), schemas);
                var asker = path.Name.StartsWith("/api/coach/", StringComparison.Ordinal) || path.Name.StartsWith("/api/group-runs", StringComparison.Ordinal)
                    && !path.Name.EndsWith("/answer", StringComparison.Ordinal)
                    ? Asker.HealthCoach : Asker.RunnerA;
                foreach (var (what, content) in Variants(schema, schemas))
                {
                    var before = await SnapshotAsync();
                    using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url)
                    {
                        Content = new StringContent(content, Encoding.UTF8, "application/json"),
                    };
                    using var response = await world.Clients[asker].SendAsync(request);
                    var status = (int)response.StatusCode;
                    var label = $"{operation.Name.ToUpperInvariant()} {url} with {what}";
                    var text = await response.Content.ReadAsStringAsync();
                    if (status >= 500)
                    {
                        problems.Add($"{label}: {status}");
                    }
                    else if (status == 400 && !text.Contains("\"errors\"", StringComparison.Ordinal) && !text.Contains("\"detail\"", StringComparison.Ordinal))
                    {
                        problems.Add($"{label}: 400 without field errors: {text[..Math.Min(200, text.Length)]}");
                    }

                    if (text.Contains("System.", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal))
                    {
                        problems.Add($"{label}: shows .NET internals: {text[..Math.Min(300, text.Length)]}");
                    }

                    if (status >= 400 && before != await SnapshotAsync())
                    {
                        problems.Add($"{label}: refused with {status} but changed data");
                    }
                }
            }
        }

        Assert.True(operations > 25, $"only {operations} JSON operations found");
        Assert.True(problems.Count == 0, $"{problems.Count} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Take(80)));
    }

    /// <summary>
    /// A body each operation accepts, with each property of its OpenAPI schema in turn made wrong (the same wrong values as above):
    /// every one is refused with 400 and field errors, never taken with the wrong value, and nothing is stored.
    /// </summary>
    [Fact]
    public async Task ValidBodies_OneFieldMadeWrong_Refused_NothingStored()
    {
        var world = await ApiWorld.CreateAsync(server);
        var document = await world.Clients[Asker.RunnerA].GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var problems = new List<string>();
        foreach (var (method, pattern, asker, valid) in ValidBodies(world))
        {
            var operation = document.GetProperty("paths").GetProperty(pattern).GetProperty(method.ToLowerInvariant());
            var schema = Resolve(operation.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"), schemas);
            var url = world.Fill(pattern, out _)!;
            foreach (var property in schema.GetProperty("properties").EnumerateObject())
            {
                var wrong = WrongValues(Resolve(property.Value, schemas)).ToList();
                if (valid[property.Name] is JsonArray { Count: > 0 } list)
                {
                    // A list of valid items, but far too many of them: every list the API takes has a bound.
                    wrong.Add(("10,000 copies of a valid item", new JsonArray([.. Enumerable.Repeat(list[0], 10_000).Select(i => i?.DeepClone())])));
                }

                foreach (var (what, value) in wrong)
                {
                    var body = JsonNode.Parse(valid.ToJsonString())!.AsObject();
                    body[property.Name] = value?.DeepClone();
                    var before = await SnapshotAsync();
                    using var request = new HttpRequestMessage(new HttpMethod(method), url)
                    {
                        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
                    };
                    using var response = await world.Clients[asker].SendAsync(request);
                    var status = (int)response.StatusCode;
                    var text = await response.Content.ReadAsStringAsync();
                    var label = $"{method} {pattern} with {property.Name} = {what}";
                    if (status != 400)
                    {
                        problems.Add($"{label}: {status}");
                    }
                    else if (!text.Contains("\"errors\"", StringComparison.Ordinal))
                    {
                        problems.Add($"{label}: 400 without field errors");
                    }
                    else if (JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject()
                        .All(e => !e.Name.StartsWith(property.Name, StringComparison.OrdinalIgnoreCase)))
                    {
                        problems.Add($"{label}: 400, but no error names the field ({text[..Math.Min(text.Length, 300)]})");
                    }

                    if (status >= 300 || status < 200)
                    {
                        if (before != await SnapshotAsync())
                        {
                            problems.Add($"{label}: refused with {status} but changed data");
                        }
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Take(120)));
    }

    /// <summary>One body each operation takes (checked by <see cref="ValidBodies_AreAccepted"/>), and who sends it.</summary>
    private static IEnumerable<(string Method, string Pattern, Asker Asker, JsonObject Body)> ValidBodies(ApiWorld world)
    {
        var today = DateOnly.Parse(world.Ids["date"], CultureInfo.InvariantCulture);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var run = new JsonObject
        {
            ["startTime"] = TimeProvider.System.GetUtcNow().AddHours(-1).ToString("O", CultureInfo.InvariantCulture), ["distanceMeters"] = 5000,
            ["durationSeconds"] = 1800, ["rpe"] = 4, ["surface"] = "road", ["notes"] = "Easy", ["timeZone"] = "Etc/UTC", ["name"] = "Morning run",
        };
        var shoe = new JsonObject { ["name"] = "Road shoes", ["startingDistanceMeters"] = 0 };
        var plan = new JsonObject { ["template"] = "nhs-couch-to-5k", ["start"] = Day(1), ["days"] = new JsonArray("monday", "wednesday", "friday") };
        var remedy = new JsonObject { ["remedy"] = "Calf stretch", ["start"] = Day(200), ["periodDays"] = 7, ["pairs"] = 2, ["washoutDays"] = 2 };
        var group = new JsonObject
        {
            ["title"] = "Dawn run", ["date"] = Day(3), ["time"] = "06:00", ["placeName"] = "Park gate", ["latitude"] = 51.5, ["longitude"] = 0.0,
            ["timeZone"] = "Etc/UTC", ["invitees"] = new JsonArray(world.RunnerAId), ["notes"] = "Bring a light",
        };
        var flags = new JsonObject(Core.Screening.RedFlagRules.Questions.Select(q => KeyValuePair.Create(q.Id, (JsonNode?)JsonValue.Create(false))));
        yield return ("PUT", "/api/me", Asker.RunnerA, new JsonObject { ["displayName"] = "Runner A", ["distanceUnit"] = "kilometers", ["timeZone"] = "Etc/UTC" });
        yield return ("POST", "/api/runs", Asker.RunnerA, run);
        yield return ("PUT", "/api/runs/{id}", Asker.RunnerA, run);
        yield return ("POST", "/api/shoes", Asker.RunnerA, shoe);
        yield return ("PUT", "/api/shoes/{id}", Asker.RunnerA, new JsonObject { ["name"] = "Trail shoes", ["startingDistanceMeters"] = 100 });
        yield return ("POST", "/api/plans/preview", Asker.RunnerA, plan);
        yield return ("POST", "/api/plans/active/outcomes", Asker.RunnerA, new JsonObject { ["date"] = world.Ids["date"], ["result"] = "done" });
        yield return ("PUT", "/api/plans/active/times", Asker.RunnerA, new JsonObject { ["times"] = new JsonObject { ["monday"] = "06:00" } });
        yield return ("POST", "/api/plans/active/sessions/{date}/swap", Asker.RunnerA, new JsonObject { ["with"] = Day(2), ["reason"] = "Busy" });
        yield return ("POST", "/api/plans/active/sessions/{date}/move", Asker.RunnerA, new JsonObject { ["to"] = Day(1), ["time"] = "07:00", ["reason"] = "Busy" });
        yield return ("POST", "/api/pain/entries", Asker.RunnerA, new JsonObject
        {
            ["day"] = world.Ids["date"], ["region"] = "lower-back", ["side"] = "right", ["spreadsTo"] = new JsonArray(new JsonObject { ["region"] = "outer-lower-leg", ["side"] = "right" }),
            ["qualities"] = new JsonArray("ache"), ["afterRun"] = 3, ["notes"] = "After the hill",
        });
        yield return ("POST", "/api/pain/check-ins", Asker.RunnerA, new JsonObject { ["pain"] = 2, ["somethingNew"] = false });
        yield return ("POST", "/api/remedies/check", Asker.RunnerA, remedy);
        yield return ("POST", "/api/remedies", Asker.RunnerA, remedy);
        yield return ("POST", "/api/screening/red-flags", Asker.RunnerA, new JsonObject { ["answers"] = flags, ["age"] = 30 });
        yield return ("POST", "/api/plans", Asker.RunnerA, plan);
        yield return ("POST", "/api/coach/clients/{runnerId}/plan", Asker.HealthCoach, plan);
        yield return ("POST", "/api/coach/clients/{runnerId}/comments", Asker.HealthCoach, new JsonObject { ["target"] = "run", ["targetKey"] = world.Ids["run"], ["text"] = "Nice" });
        yield return ("POST", "/api/comments", Asker.RunnerA, new JsonObject { ["target"] = "run", ["targetKey"] = world.Ids["run"], ["text"] = "Thanks" });
        yield return ("PUT", "/api/coaches/{linkId}", Asker.RunnerA, new JsonObject { ["scope"] = "training-and-health" });
        yield return ("POST", "/api/group-runs/{id}/answer", Asker.RunnerA, new JsonObject { ["answer"] = "yes" });
        yield return ("POST", "/api/group-runs", Asker.HealthCoach, group);
        yield return ("PUT", "/api/group-runs/{id}", Asker.HealthCoach, group);
    }

    /// <summary>The bodies above are taken as they are, so the refusals in the test above are the wrong field's doing.</summary>
    [Fact]
    public async Task ValidBodies_AreAccepted()
    {
        var world = await ApiWorld.CreateAsync(server);
        foreach (var (method, pattern, asker, body) in ValidBodies(world))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), world.Fill(pattern, out _))
            {
                Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
            };
            using var response = await world.Clients[asker].SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{method} {pattern}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        for (var i = 0; i < 5 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var reference); i++)
        {
            schema = schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return schema;
    }

    /// <summary>Broken bodies for a schema: the whole body wrong, then each property wrong in several ways.</summary>
    private static IEnumerable<(string What, string Json)> Variants(JsonElement schema, JsonElement schemas)
    {
        yield return ("broken JSON", "{\"a\": ");
        yield return ("null", "null");
        yield return ("an array", "[]");
        yield return ("a number", "1e308");
        if (!schema.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        var names = properties.EnumerateObject().Select(p => p.Name).ToArray();
        yield return ("every property null", new JsonObject(names.Select(n => KeyValuePair.Create(n, (JsonNode?)null))).ToJsonString());
        foreach (var property in properties.EnumerateObject())
        {
            foreach (var (what, value) in WrongValues(Resolve(property.Value, schemas)))
            {
                yield return ($"{property.Name} = {what}", new JsonObject { [property.Name] = value }.ToJsonString());
            }
        }
    }

    private static IEnumerable<(string What, JsonNode? Value)> WrongValues(JsonElement schema)
    {
        var type = Type(schema);
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        if (schema.TryGetProperty("enum", out var names))
        {
            yield return ("an unknown name", JsonValue.Create("not-a-value"));
            yield return ("a number", JsonValue.Create(7));
            if (names.EnumerateArray().Select(n => n.GetString()).FirstOrDefault(n => n?.Contains('-', StringComparison.Ordinal) == true) is { } kebab)
            {
                // The C# spelling of a member: one vocabulary means the kebab-case name only.
                var pascal = string.Concat(kebab.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
                yield return ($"the C# name {pascal}", JsonValue.Create(pascal));
            }
        }

        switch (type)
        {
            case "string" when format is "date":
                yield return ("year 9999", JsonValue.Create("9999-12-31"));
                yield return ("year 1", JsonValue.Create("0001-01-01"));
                yield return ("31/12/2026", JsonValue.Create("31/12/2026"));
                break;
            case "string" when format is "date-time":
                yield return ("year 9999", JsonValue.Create("9999-12-31T23:59:59Z"));
                yield return ("not a time", JsonValue.Create("yesterday"));
                break;
            case "string":
                yield return ("200,000 characters", JsonValue.Create(new string('x', 200_000)));
                yield return ("an object", new JsonObject());
                break;
            case "integer" or "number":
                yield return ("1e308", JsonValue.Create(1e308));
                yield return ("-1e308", JsonValue.Create(-1e308));
                yield return ("a string", JsonValue.Create("x"));
                break;
            case "boolean":
                yield return ("a string", JsonValue.Create("yes"));
                break;
            case "array":
                yield return ("an object", new JsonObject());
                yield return ("10,000 items", new JsonArray([.. Enumerable.Range(0, 10_000).Select(i => (JsonNode?)JsonValue.Create("x" + i))]));
                break;
            case "object":
                yield return ("a string", JsonValue.Create("x"));
                yield return ("an array", new JsonArray());
                break;
        }
    }

    private static string? Type(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        // .NET writes nullable types as ["string", "null"], and numbers as ["integer", "string"] when they may be read from strings.
        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t is not "null" and not "string") ?? "string"
            : type.GetString();
    }

    private async Task<string> SnapshotAsync()
    {
        await using var db = server.Database.NewContext();
        var counts = new long[]
        {
            await db.Runs.CountAsync(), await db.Shoes.CountAsync(), await db.PainEntries.CountAsync(), await db.CheckIns.CountAsync(),
            await db.Screenings.CountAsync(), await db.Plans.CountAsync(), await db.SessionOutcomes.CountAsync(), await db.RemedyTrials.CountAsync(),
            await db.Comments.CountAsync(), await db.Intakes.CountAsync(), await db.GroupRuns.CountAsync(), await db.MeetingPlaces.CountAsync(),
        };
        var users = await db.Users.Select(u => u.DisplayName + u.TimeZoneId + u.DistanceUnit + u.MaxHeartRate).ToListAsync();
        var shoes = await db.Shoes.Select(x => x.Name + x.RetiredOn).ToListAsync();
        return string.Join(",", counts) + "|" + string.Join(",", users.Order(StringComparer.Ordinal)) + "|" + string.Join(",", shoes.Order(StringComparer.Ordinal));
    }
}
