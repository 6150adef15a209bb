using System.Diagnostics;
using Harrier.Import;
using Harrier.Import.Sources;

namespace Harrier.Fuzz;

/// <summary>How one fuzzing run goes.</summary>
/// <param name="Target">The reader to drive.</param>
/// <param name="Inputs">How many mutated inputs to try.</param>
/// <param name="Seed">Decides every input: input <c>n</c> of seed <c>s</c> is the same on every machine.</param>
/// <param name="Workers">Threads trying inputs at once.</param>
/// <param name="HangAfter">An input still being read after this long is reported as a hang.</param>
/// <param name="SeedDirectories">Where the seed files are (searched recursively by extension).</param>
/// <param name="FindingsDirectory">Where inputs that failed are written, or null to keep nothing.</param>
public sealed record FuzzOptions(
    FuzzTarget Target, long Inputs, int Seed, int Workers, TimeSpan HangAfter, IReadOnlyList<string> SeedDirectories, string? FindingsDirectory)
{
    /// <summary>Seed files larger than this are left out (smaller seeds give more inputs a second).</summary>
    public long MaxSeedBytes { get; init; } = 256 * 1024;

    /// <summary>The first input number: a run of <see cref="Inputs"/> tries numbers <c>From</c> to <c>From + Inputs - 1</c>.</summary>
    public long From { get; init; }
}

/// <summary>An input that broke a rule: an exception, a hang, a result that is neither activities nor an error, or too much memory.</summary>
/// <param name="Input">The input's number, which with the seed reproduces it.</param>
/// <param name="Kind">exception, hang, memory or contract.</param>
/// <param name="Detail">What happened, in one line.</param>
/// <param name="SavedAs">The file the input was written to, if any.</param>
public sealed record FuzzFinding(long Input, string Kind, string Detail, string? SavedAs);

/// <summary>What a run did.</summary>
/// <param name="Elapsed">Wall time.</param>
/// <param name="PeakWorkingSetBytes">The process's peak working set over the run.</param>
/// <param name="MaxAllocatedPerInputByte">The largest ratio of bytes allocated while reading an input to the input's size (and its entries').</param>
/// <param name="Read">Inputs that gave at least one activity (or route, or entry read).</param>
/// <param name="Refused">Inputs refused with a plain error.</param>
public sealed record FuzzReport(
    FuzzTarget Target, long Inputs, int Seeds, TimeSpan Elapsed, IReadOnlyList<FuzzFinding> Findings, long PeakWorkingSetBytes,
    double MaxAllocatedPerInputByte, long Read, long Refused)
{
    public double InputsPerSecond => Inputs / Math.Max(Elapsed.TotalSeconds, 1e-9);
}

/// <summary>
/// An in-process mutation fuzzer over Harrier's readers: each worker takes input numbers in turn, builds the input from a seed with
/// <see cref="Mutator"/>, and reads it through the app's own entry points (<see cref="ActivityReader"/>, <see cref="RouteReader"/>,
/// <see cref="ImportSource"/>), which compute every activity's metrics as an import does. A reader must never throw, never hang, allocate at most
/// <see cref="AllocationPerByte"/> bytes per input byte plus <see cref="AllocationSlackBytes"/>, and give activities or an error.
/// </summary>
public static class FuzzRun
{
    /// <summary>Bytes a reader may allocate per byte of input (and of each archive entry's content).</summary>
    public const long AllocationPerByte = 300;

    /// <summary>Bytes a reader may allocate whatever the input's size.</summary>
    public const long AllocationSlackBytes = 16L << 20;

    /// <summary>The limits inputs are read under: the defaults, with a file bound small enough to keep a run's memory modest.</summary>
    public static ImportLimits Limits { get; } = ImportLimits.Default with { MaxFileBytes = 8L << 20 };

    /// <summary>Runs <paramref name="options"/>; <paramref name="progress"/> hears a line every few seconds.</summary>
    public static FuzzReport Run(FuzzOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var seeds = Seeds.For(options.Target, options.SeedDirectories, options.MaxSeedBytes);
        var maxBytes = (int)Math.Min(int.MaxValue / 2, (seeds.Files.Max(f => f.Length) * 3L) + 65536);
        var findings = new List<FuzzFinding>();
        var next = options.From - 1;
        long read = 0, refused = 0, done = 0;
        var maxRatio = 0.0;
        var workers = Math.Max(1, options.Workers);
        var current = new (long Input, long Started, byte[]? Data)[workers];
        var clock = Stopwatch.StartNew();
        var hung = new HashSet<long>();
        using var stop = new ManualResetEventSlim();

        void Record(FuzzFinding finding)
        {
            lock (findings)
            {
                findings.Add(finding);
            }
        }

        void Work(int worker)
        {
            while (true)
            {
                var input = Interlocked.Increment(ref next);
                if (input >= options.From + options.Inputs || stop.IsSet)
                {
                    return;
                }

                var random = new Random(Mix(options.Seed, input));
                var index = random.Next(seeds.Files.Count);
                var name = seeds.Names[index];
                var xml = options.Target is FuzzTarget.Gpx or FuzzTarget.Tcx && !name.EndsWith(".gz", StringComparison.Ordinal);
                var data = Mutator.Mutate(seeds.Files[index], seeds.Files[random.Next(seeds.Files.Count)], xml, random, maxBytes);
                var viaStream = random.Next(2) == 0;
                Volatile.Write(ref current[worker].Data, data);
                Volatile.Write(ref current[worker].Input, input);
                Volatile.Write(ref current[worker].Started, Stopwatch.GetTimestamp());
                var before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    var (ok, contentBytes) = Execute(options.Target, name, data, viaStream);
                    var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                    var budget = (AllocationPerByte * (data.Length + contentBytes)) + AllocationSlackBytes;
                    var ratio = allocated / (double)Math.Max(1, data.Length + contentBytes);
                    lock (findings)
                    {
                        maxRatio = Math.Max(maxRatio, ratio);
                    }

                    if (allocated > budget)
                    {
                        Record(new FuzzFinding(input, "memory", $"{allocated:N0} bytes allocated for {data.Length:N0} bytes in", Save(options, input, "memory", data)));
                    }

                    Interlocked.Increment(ref ok ? ref read : ref refused);
                }
                catch (ContractException e)
                {
                    Record(new FuzzFinding(input, "contract", e.Message, Save(options, input, "contract", data)));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Record(new FuzzFinding(input, "exception", $"{e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}",
                        Save(options, input, "exception", data)));
                }
                finally
                {
                    Volatile.Write(ref current[worker].Started, 0);
                    Interlocked.Increment(ref done);
                }
            }
        }

        var threads = Enumerable.Range(0, workers).Select(w => new Thread(() => Work(w)) { IsBackground = true, Name = $"fuzz-{w}" }).ToArray();
        foreach (var thread in threads)
        {
            thread.Start();
        }

        var lastReport = clock.Elapsed;
        while (!threads.All(t => t.Join(200)))
        {
            for (var w = 0; w < workers; w++)
            {
                var started = Volatile.Read(ref current[w].Started);
                var input = Volatile.Read(ref current[w].Input);
                if (started != 0 && Stopwatch.GetElapsedTime(started) > options.HangAfter && hung.Add(input))
                {
                    Record(new FuzzFinding(input, "hang", $"still reading after {options.HangAfter.TotalSeconds:0} s", Save(options, input, "hang", current[w].Data!)));
                    stop.Set();
                }
            }

            // A hung reader cannot be stopped from outside; once every other worker has finished, the run ends and reports it.
            if (stop.IsSet && threads.Count(t => t.IsAlive) <= hung.Count)
            {
                break;
            }

            if (progress is not null && clock.Elapsed - lastReport > TimeSpan.FromSeconds(10))
            {
                lastReport = clock.Elapsed;
                var count = Interlocked.Read(ref done);
                progress($"{options.Target}: {count:N0} inputs, {count / clock.Elapsed.TotalSeconds:N0}/s, {findings.Count} findings");
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new FuzzReport(options.Target, Interlocked.Read(ref done), seeds.Files.Count, clock.Elapsed, [.. findings.OrderBy(f => f.Input)],
            process.PeakWorkingSet64, maxRatio, read, refused);
    }

    /// <summary>Reads one input as the app would; true when something was read. Returns also the bytes of archive entries read.</summary>
    /// <exception cref="ContractException">The reader gave neither activities nor an error, or both.</exception>
    public static (bool Read, long ContentBytes) Execute(FuzzTarget target, string name, byte[] data, bool viaStream)
    {
        ArgumentNullException.ThrowIfNull(data);
        switch (target)
        {
            case FuzzTarget.Archive:
                {
                    var source = new ImportSource(Limits);
                    long content = 0;
                    var any = false;
                    foreach (var item in source.Enumerate([new ImportUpload(name, data.Length, () => new MemoryStream(data, writable: false))]))
                    {
                        if (item.Data is { } entry)
                        {
                            content += entry.Length;
                            any |= ReadFile(item.Name, entry, viaStream: false);
                        }
                    }

                    return (any, content);
                }

            case FuzzTarget.Gpx when viaStream && !name.EndsWith(".gz", StringComparison.Ordinal):
                {
                    var (route, error) = RouteReader.Read(name, new MemoryStream(data, writable: false), Limits, CancellationToken.None);
                    if ((route is null) == (error is null))
                    {
                        throw new ContractException("the route reader gave both a route and an error, or neither");
                    }

                    return (ReadFile(name, data, viaStream: false) | route is not null, 0);
                }

            default:
                return (ReadFile(name, data, viaStream), 0);
        }
    }

    private static bool ReadFile(string name, byte[] data, bool viaStream)
    {
        var result = viaStream
            ? ActivityReader.Read(name, new MemoryStream(data, writable: false), Limits)
            : ActivityReader.Read(name, data, Limits);
        if (result.Activities.Count > 0 == result.Error is not null)
        {
            throw new ContractException($"the reader gave {result.Activities.Count} activities and error '{result.Error?.Message}'");
        }

        return result.Activities.Count > 0;
    }

    /// <summary>The seed of input <paramref name="input"/> (SplitMix64 of both numbers: the same everywhere, unlike HashCode).</summary>
    public static int Mix(int seed, long input)
    {
        var z = unchecked(((ulong)(uint)seed << 40) ^ (ulong)input) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(z ^ (z >> 31)));
    }

    private static string? Save(FuzzOptions options, long input, string kind, byte[] data)
    {
        if (options.FindingsDirectory is null)
        {
            return null;
        }

        Directory.CreateDirectory(options.FindingsDirectory);
        var path = Path.Combine(options.FindingsDirectory, $"{options.Target.ToString().ToLowerInvariant()}-{options.Seed}-{input}-{kind}.bin");
        File.WriteAllBytes(path, data);
        return path;
    }
}

/// <summary>A reader broke its contract without throwing (neither activities nor an error, or both).</summary>
public sealed class ContractException(string message) : Exception(message);
