using System.Diagnostics;
using System.Globalization;
using Harrier.LoadBench;

// Load benchmark (issue 14): seeds a club (runners × years of runs, recent runs imported with recordings, plans, pain entries, a
// coach with clients) into a fresh SQLite file or PostgreSQL database, starts the published web app on loopback, and drives each
// main page and API call with wrk at each concurrency, as a rotating set of signed-in runners. Prints a Markdown table.
// Usage (after `dotnet build -c Release src/Harrier.Web && dotnet build -c Release bench/Harrier.LoadBench`):
//   dotnet run -c Release --project bench/Harrier.LoadBench --no-build -- [--provider sqlite|postgres] [--postgres "Host=…;Username=…"]
//     [--runners 100] [--years 3] [--recent 8] [--clients 30] [--duration 15] [--connections 10,50] [--out results.md]
var options = LoadOptions.Parse(args);
await using var club = await Club.CreateAsync(options);
Console.WriteLine($"Seeding {options.Runners} runners × {options.Years} years on {options.Provider}…");
var clock = Stopwatch.StartNew();
var identities = await club.SeedAsync();
Console.WriteLine($"Seeded in {clock.Elapsed.TotalSeconds:N0} s: {club.Describe()}");

var results = new List<string>
{
    $"| {options.Provider}: {options.Runners} runners × {options.Years} years, {options.Duration} s per cell | connections | req/s | p50 ms | p95 ms | p99 ms | errors | server RSS MiB |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
};
foreach (var target in LoadTargets.All(identities))
{
    await Preflight.CheckAsync(club.BaseAddress, target);
    foreach (var connections in options.Connections)
    {
        var cell = await Wrk.RunAsync(club.BaseAddress, target, connections, options.Duration);
        var rss = club.ServerMemoryMiB();
        var line = string.Create(CultureInfo.InvariantCulture,
            $"| {target.Name} | {connections} | {cell.RequestsPerSecond:N0} | {cell.P50Ms:N1} | {cell.P95Ms:N1} | {cell.P99Ms:N1} | {cell.Errors} | {rss:N0} |");
        Console.WriteLine(line);
        results.Add(line);
    }
}

results.Add("");
results.Add($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; wrk -t2, closed loop, no think time.");
if (options.Output is { } output)
{
    await File.WriteAllLinesAsync(output, results);
    Console.WriteLine($"Written to {output}");
}
