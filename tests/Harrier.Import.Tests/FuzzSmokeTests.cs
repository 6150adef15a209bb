using Harrier.Fuzz;

namespace Harrier.Import.Tests;

/// <summary>
/// A short, fixed-seed run of the mutation fuzzer (bench/Harrier.Fuzz) over every reader on each test run; the long runs (millions
/// of inputs per reader) are made with its command and reported in docs/PERFORMANCE.md. Bounded by the number of inputs, not time.
/// </summary>
public sealed class FuzzSmokeTests
{
    [Theory]
    [InlineData(FuzzTarget.Fit)]
    [InlineData(FuzzTarget.Gpx)]
    [InlineData(FuzzTarget.Tcx)]
    [InlineData(FuzzTarget.Archive)]
    public void Run_FixedSeed_NoExceptionHangOrRunawayMemory(FuzzTarget target)
    {
        var options = new FuzzOptions(target, Inputs: 2_000, Seed: 2026, Workers: 2, HangAfter: TimeSpan.FromMinutes(2),
            SeedDirectories: [Path.Combine(AppContext.BaseDirectory, "TestData")], FindingsDirectory: null);

        var report = FuzzRun.Run(options);

        Assert.Equal(2_000, report.Inputs);
        Assert.True(report.Findings.Count == 0, string.Join(Environment.NewLine, report.Findings.Select(f => $"#{f.Input} {f.Kind}: {f.Detail}")));
        Assert.True(report.Read > 0 && report.Refused > 0, $"{report.Read} read, {report.Refused} refused: the mutations should give both");
    }

    /// <summary>
    /// Findings of past runs, kept as they were found (TestData/fuzz, named for what broke): each is read without an exception.
    /// gpx-time-at-calendar-end: input 3706 of seed 1, a GPX whose damaged times reached year 9999 and overflowed the outing split.
    /// </summary>
    [Theory]
    [InlineData("gpx-time-at-calendar-end.bin", FuzzTarget.Gpx)]
    public void Execute_PastFinding_NoLongerBreaks(string file, FuzzTarget target)
    {
        var data = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", "fuzz", file));

        foreach (var viaStream in new[] { false, true })
        {
            FuzzRun.Execute(target, "finding." + target.ToString().ToLowerInvariant(), data, viaStream);
        }
    }
}
