using System.Text.Json;
using Harrier.Cli.Tests.Plans;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace Harrier.Cli.Tests.Daylight;

public sealed class DaylightCommandTests
{
    private static readonly string[] London = ["daylight", "--lat", "51.5074", "--lon", "-0.1278", "--zone", "Europe/London"];

    [Fact]
    public async Task Json_LondonWinterSolstice_IsOneObjectWithLocalTimesAndOffsets()
    {
        var (code, output) = await RunAsync([.. London, "--date", "2026-12-21", "--json"]);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        Assert.Equal("2026-12-21", root.GetProperty("date").GetString());
        Assert.Equal("Europe/London", root.GetProperty("timeZone").GetString());
        Assert.Equal("2026-12-21T07:23:24+00:00", root.GetProperty("civilDawn").GetString());
        Assert.Equal("2026-12-21T08:03:45+00:00", root.GetProperty("sunrise").GetString());
        Assert.Equal("2026-12-21T11:58:35+00:00", root.GetProperty("solarNoon").GetString());
        Assert.Equal("2026-12-21T15:53:25+00:00", root.GetProperty("sunset").GetString());
        Assert.Equal("2026-12-21T16:33:46+00:00", root.GetProperty("civilDusk").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("polar").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("meeting").ValueKind);
        var advice = root.GetProperty("advice");
        Assert.Contains("ankles, knees and wrists", advice.GetProperty("forRunners")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("[D]", advice.GetProperty("grade").GetString());
        Assert.All(advice.GetProperty("sources").EnumerateArray(), s => Assert.Equal("[V]", s.GetProperty("grade").GetString()));
    }

    [Theory]
    [InlineData("2026-03-29", "2026-03-29T06:42:50+01:00", "2026-03-29T19:28:41+01:00")]
    [InlineData("2026-10-25", "2026-10-25T06:41:35+00:00", "2026-10-25T16:46:43+00:00")]
    public async Task Json_LondonClockChangeDays_CarryTheNewOffset(string date, string sunrise, string sunset)
    {
        var (_, output) = await RunAsync([.. London, "--date", date, "--json"]);

        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(sunrise, root.GetProperty("sunrise").GetString());
        Assert.Equal(sunset, root.GetProperty("sunset").GetString());
    }

    [Theory]
    [InlineData("2026-06-21", "day")]
    [InlineData("2026-12-21", "night")]
    public async Task Json_Tromso_ReportsPolarDayAndNightWithNullEvents(string date, string polar)
    {
        var (code, output) = await RunAsync("daylight", "--lat", "69.65", "--lon", "18.96", "--zone", "Europe/Oslo", "--date", date, "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(polar, root.GetProperty("polar").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sunrise").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sunset").ValueKind);
        Assert.Equal(polar == "day", root.GetProperty("advice").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Json_MeetingBeforeDawn_SaysHowLongBeforeDawnAndSunrise()
    {
        var (_, output) = await RunAsync([.. London, "--date", "2026-12-21", "--at", "06:30", "--json"]);

        var meeting = JsonDocument.Parse(output).RootElement.GetProperty("meeting");
        Assert.Equal("2026-12-21T06:30:00+00:00", meeting.GetProperty("at").GetString());
        Assert.Equal("dark-before-dawn", meeting.GetProperty("light").GetString());
        Assert.True(meeting.GetProperty("dark").GetBoolean());
        Assert.Equal(53, meeting.GetProperty("minutesBeforeCivilDawn").GetInt32());
        Assert.Equal(94, meeting.GetProperty("minutesBeforeSunrise").GetInt32());
    }

    [Fact]
    public async Task Json_MeetingInDaylight_HasNoAdvice()
    {
        var (_, output) = await RunAsync([.. London, "--date", "2026-12-21", "--at", "12:00", "--json"]);

        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("daylight", root.GetProperty("meeting").GetProperty("light").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("advice").ValueKind);
    }

    [Fact]
    public async Task Text_LondonWinterSolstice_MatchesExpectation()
    {
        var (code, output) = await RunAsync([.. London, "--date", "2026-12-21", "--at", "06:30"]);

        Assert.Equal(0, code);
        await PlanCli.AssertMatchesExpectationAsync("daylight-london", output);
    }

    [Fact]
    public async Task Text_OuluMidsummer_SaysTheSunSetsAfterMidnight()
    {
        var (_, output) = await RunAsync("daylight", "--lat", "65", "--lon", "25.47", "--zone", "Europe/Helsinki", "--date", "2026-06-21");

        Assert.Contains("Sunset      none on this date (just after midnight)", output, StringComparison.Ordinal);
        Assert.Contains("White night", output, StringComparison.Ordinal);
        Assert.DoesNotContain("reflective bands", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoZoneOrDate_UsesTheMachinesZoneAndItsToday()
    {
        // The clock is at 2026-11-25 07:30 UTC: still the 24th in Los Angeles.
        var clock = new FakeTimeProvider(CliRun.Now);
        clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"));

        var (code, output) = await RunAsync(clock, "daylight", "--lat", "37.7749", "--lon", "-122.4194", "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("America/Los_Angeles", root.GetProperty("timeZone").GetString());
        Assert.Equal("2026-11-24", root.GetProperty("date").GetString());
        Assert.EndsWith("-08:00", root.GetProperty("sunrise").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_UsesTheRunnersZone()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");

        var (code, output) = await cli.RunAsync("daylight", "--lat", "51.5074", "--lon", "-0.1278", "--date", "2026-07-01", "--user", "ana@example.com", "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal("Europe/London", root.GetProperty("timeZone").GetString());
        Assert.EndsWith("+01:00", root.GetProperty("sunrise").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_Unknown_FailsWithMessage()
    {
        await using var cli = await CliRun.CreateAsync();

        var (code, output) = await cli.RunAsync("daylight", "--lat", "51.5", "--lon", "0", "--user", "nobody@example.com");

        Assert.Equal(1, code);
        Assert.Contains("No account with the email nobody@example.com", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--lon", "0" }, "--lat is required")]
    [InlineData(new[] { "--lat", "90.5", "--lon", "0" }, "--lat must be degrees from -90 to 90 (got '90.5').")]
    [InlineData(new[] { "--lat", "51,5", "--lon", "0" }, "--lat must be degrees from -90 to 90 (got '51,5').")]
    [InlineData(new[] { "--lat", "51.5" }, "--lon is required")]
    [InlineData(new[] { "--lat", "51.5", "--lon", "-180.01" }, "--lon must be degrees from -180 to 180 (got '-180.01').")]
    [InlineData(new[] { "--lat", "51.5", "--lon", "0", "--date", "2026-02-30" }, "--date must be a real date, YYYY-MM-DD (got '2026-02-30').")]
    [InlineData(new[] { "--lat", "51.5", "--lon", "0", "--date", "21/12/2026" }, "--date must be a real date")]
    [InlineData(new[] { "--lat", "51.5", "--lon", "0", "--zone", "Mars/Olympus" }, "--zone: unknown time zone 'Mars/Olympus'")]
    [InlineData(new[] { "--lat", "51.5", "--lon", "0", "--at", "24:10" }, "--at must be a 24-hour time, HH:MM (got '24:10').")]
    public async Task BadInput_FailsWithOneLineAndNonZeroExit(string[] args, string message)
    {
        var (code, output) = await RunAsync(["daylight", .. args]);

        Assert.Equal(1, code);
        Assert.Contains(message, output.ReplaceLineEndings(" "), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_MatchesExpectation()
    {
        var console = new TestConsole().Width(120);
        await HarrierCli.RunAsync(["daylight", "--help"], console, TimeProvider.System);

        await PlanCli.AssertMatchesExpectationAsync("daylight", console.Output);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) => RunAsync(new FakeTimeProvider(CliRun.Now), args);

    private static async Task<(int ExitCode, string Output)> RunAsync(TimeProvider clock, params string[] args)
    {
        var console = new TestConsole().Width(200);
        var code = await HarrierCli.RunAsync(args, console, clock);
        return (code, console.Output);
    }
}
