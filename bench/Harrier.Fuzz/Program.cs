using System.Globalization;
using Harrier.Fuzz;

// Usage: dotnet run -c Release --project bench/Harrier.Fuzz -- [fit|gpx|tcx|archive|all] [--inputs N] [--seed S] [--workers W]
//        [--corpus DIR]... [--out DIR] [--hang-seconds S] [--max-seed-kb K] [--from N]
//        --from N starts at input N, so a stopped run of the same seed carries on where it stopped.
//        dotnet run -c Release --project bench/Harrier.Fuzz -- replay <target> <file>
// Exit code 0 when no input broke a rule, 1 when one did, 2 for a usage error.
var invariant = CultureInfo.InvariantCulture;
if (args.Length == 3 && args[0] == "replay" && Enum.TryParse<FuzzTarget>(args[1], ignoreCase: true, out var replayTarget))
{
    var bytes = File.ReadAllBytes(args[2]);
    foreach (var viaStream in new[] { false, true })
    {
        var (read, content) = FuzzRun.Execute(replayTarget, Path.GetFileName(args[2]), bytes, viaStream);
        Console.WriteLine($"{(viaStream ? "stream" : "memory")}: {(read ? "read" : "refused")}, {content:N0} bytes of entries");
    }

    return 0;
}

var targets = new List<FuzzTarget>();
long inputs = 100_000;
long from = 0;
var seed = 1;
var workers = Environment.ProcessorCount;
var hang = TimeSpan.FromSeconds(10);
var corpus = new List<string>();
var output = "fuzz-findings";
long maxSeedBytes = 256 * 1024;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "all":
            targets.AddRange(Enum.GetValues<FuzzTarget>());
            break;
        case "--inputs":
            inputs = long.Parse(args[++i].Replace("_", "", StringComparison.Ordinal), invariant);
            break;
        case "--from":
            from = long.Parse(args[++i].Replace("_", "", StringComparison.Ordinal), invariant);
            break;
        case "--seed":
            seed = int.Parse(args[++i], invariant);
            break;
        case "--workers":
            workers = int.Parse(args[++i], invariant);
            break;
        case "--hang-seconds":
            hang = TimeSpan.FromSeconds(double.Parse(args[++i], invariant));
            break;
        case "--corpus":
            corpus.Add(args[++i]);
            break;
        case "--max-seed-kb":
            maxSeedBytes = long.Parse(args[++i], invariant) * 1024;
            break;
        case "--out":
            output = args[++i];
            break;
        default:
            if (!Enum.TryParse<FuzzTarget>(args[i], ignoreCase: true, out var target))
            {
                Console.Error.WriteLine($"Unknown argument '{args[i]}'. Targets: fit, gpx, tcx, archive, all.");
                return 2;
            }

            targets.Add(target);
            break;
    }
}

if (corpus.Count == 0)
{
    var root = AppContext.BaseDirectory;
    while (root is not null && !File.Exists(Path.Combine(root, "Harrier.slnx")))
    {
        root = Path.GetDirectoryName(root);
    }

    corpus.Add(Path.Combine(root ?? ".", "tests", "Harrier.Import.Tests", "TestData"));
}

var failed = false;
foreach (var target in targets.Count == 0 ? [.. Enum.GetValues<FuzzTarget>()] : targets.Distinct())
{
    var report = FuzzRun.Run(new FuzzOptions(target, inputs, seed, workers, hang, corpus, output) { MaxSeedBytes = maxSeedBytes, From = from }, Console.WriteLine);
    Console.WriteLine(string.Create(invariant,
        $"{target}: {report.Inputs:N0} inputs (numbers {from:N0} to {from + report.Inputs - 1:N0}) from {report.Seeds} seeds in {report.Elapsed.TotalSeconds:N0} s ({report.InputsPerSecond:N0}/s); " +
        $"{report.Read:N0} read, {report.Refused:N0} refused; {report.Findings.Count} findings; peak working set {report.PeakWorkingSetBytes / (1024 * 1024):N0} MiB; " +
        $"at most {report.MaxAllocatedPerInputByte:N0} bytes allocated per input byte"));
    foreach (var finding in report.Findings.Take(20))
    {
        Console.WriteLine($"  #{finding.Input} {finding.Kind}: {finding.Detail} {finding.SavedAs}");
    }

    failed |= report.Findings.Count > 0;
}

return failed ? 1 : 0;
