using Harrier.Core.Activities;
using System.Text.Json;
using Harrier.Core.Pain;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data.Pain;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Cli.Tests.Triage;

/// <summary><c>harrier triage --user</c> combines the answers file with the runner's stored runs, pain entries and check-ins.</summary>
public sealed class TriageHistoryTests
{
    private const string Answers = $$"""{ "hills": "some", "age": 35, {{TriageFiles.AllNo}} }""";

    [Fact]
    public async Task User_StoredHillyRunsAndPain_AddEvidenceFromTheLog()
    {
        using var files = new TriageFiles();
        await using var cli = await CliRun.CreateAsync("ana@example.com");
        await StoreHistoryAsync(cli);
        var path = files.Write(Answers);

        var (withCode, withLog) = await cli.RunAsync("triage", "--input", path, "--user", "ana@example.com", "--json");
        var (aloneCode, alone) = await cli.RunAsync("triage", "--input", path, "--json");

        Assert.Equal(0, withCode); // the file's warning-sign answers count: all no

        Assert.Equal(0, aloneCode);
        var hills = Contributor(withLog, "hills");
        var hillsAlone = Contributor(alone, "hills");
        Assert.True(hills.GetProperty("score").GetInt32() > hillsAlone.GetProperty("score").GetInt32(), withLog);
        Assert.True(hills.GetProperty("evidence").EnumerateArray()
            .Any(e => e.GetString()!.Contains("4 of 4 painful mornings", StringComparison.Ordinal)), withLog);
        var radicular = JsonDocument.Parse(withLog).RootElement.GetProperty("toCheck").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == "radicular-pattern");
        Assert.Contains(radicular.GetProperty("evidence").EnumerateArray(),
            e => e.GetString()!.Contains("below the knee (from your pain journal: right lower back spreading to the right outer lower leg", StringComparison.Ordinal));
        Assert.DoesNotContain(JsonDocument.Parse(alone).RootElement.GetProperty("toCheck").EnumerateArray(),
            c => c.GetProperty("id").GetString() == "radicular-pattern");
        Assert.DoesNotContain(JsonDocument.Parse(withLog).RootElement.GetProperty("contributors").EnumerateArray(),
            c => c.GetProperty("id").GetString() == "radicular-pattern");
        var known = JsonDocument.Parse(withLog).RootElement.GetProperty("known").EnumerateArray().Select(k => k.GetProperty("field").GetString());
        Assert.Contains("weeklyKilometersNow", known);
        Assert.Contains("painSpreadsBelowKnee", known);
    }

    private static JsonElement Contributor(string json, string id) =>
        JsonDocument.Parse(json).RootElement.GetProperty("contributors").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == id);

    /// <summary>Eight runs in three weeks: hilly ones followed by painful mornings, flat ones by pain-free mornings.</summary>
    private static async Task StoreHistoryAsync(CliRun cli)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = cli.Database.NewContext();
        var ana = await db.Users.SingleAsync(ct);
        var today = DateOnly.FromDateTime(CliRun.Now.UtcDateTime);
        for (var i = 0; i < 8; i++)
        {
            var day = today.AddDays(-20 + (2 * i));
            var hilly = i % 2 == 0;
            db.Runs.Add(new Run
            {
                OwnerId = ana.Id,
                StartUtc = day.ToDateTime(new TimeOnly(7, 0), DateTimeKind.Utc),
                TimeZoneId = "Europe/London",
                Distance = Distance.FromKilometers(5),
                Duration = TimeSpan.FromMinutes(33),
                Effort = new Effort(4),
                Recording = new RunRecording
                {
                    OwnerId = ana.Id,
                    FileName = $"run{i}.fit",
                    Sha256 = $"sha{i}",
                    Streams = [],
                    Metrics = new RunMetrics { ClimbPerKilometer = hilly ? 18 : 4 },
                    Original = new RunOriginal { Stored = [] },
                },
            });
            db.CheckIns.Add(new CheckInRecord { OwnerId = ana.Id, Day = day.AddDays(1), Pain = hilly ? 4 : 0 });
        }

        var entry = new PainEntry(today.AddDays(-5), new BodySpot(BodyRegion.LowerBack, BodySide.Right))
        {
            SpreadsTo = [new BodySpot(BodyRegion.OuterLowerLeg, BodySide.Right)],
            Quality = PainQuality.Ache,
            NextMorning = 4,
        };
        db.PainEntries.Add(PainRecord.From(ana.Id, entry, CliRun.Now.UtcDateTime));
        await db.SaveChangesAsync(ct);
    }
}
