using System.Diagnostics;
using System.Text.Json;

namespace Harrier.LoadBench;

/// <summary>One cell of the table: what wrk measured for one target at one concurrency.</summary>
internal sealed record WrkResult(double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, long Errors);

/// <summary>Runs wrk (Debian's <c>wrk</c>) with <c>load.lua</c> against the app on loopback.</summary>
internal static class Wrk
{
    private static readonly string[] ErrorKinds = ["connect", "read", "write", "status", "timeout"];

    public static async Task<WrkResult> RunAsync(Uri baseAddress, LoadTarget target, int connections, int seconds)
    {
        var lines = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(lines, target.Lines);
            var start = new ProcessStartInfo("wrk",
                ["-t2", $"-c{connections}", $"-d{seconds}s", "--timeout", "10s", "-s", Path.Combine(AppContext.BaseDirectory, "load.lua"), baseAddress.ToString()])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            start.Environment["LOAD_TARGETS"] = lines;
            using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk could not start; install it with apt-get install wrk.");
            var output = await wrk.StandardOutput.ReadToEndAsync();
            await wrk.WaitForExitAsync();
            var json = output.Split('\n').LastOrDefault(l => l.StartsWith('{'))
                ?? throw new InvalidOperationException($"wrk gave no result for {target.Name}: {output} {await wrk.StandardError.ReadToEndAsync()}");
            var r = JsonDocument.Parse(json).RootElement;
            double Ms(string name) => r.GetProperty(name).GetDouble() / 1000.0;
            var errors = ErrorKinds.Sum(e => r.GetProperty(e).GetInt64());
            return new WrkResult(r.GetProperty("requests").GetInt64() / r.GetProperty("seconds").GetDouble(), Ms("p50"), Ms("p95"), Ms("p99"), errors);
        }
        finally
        {
            File.Delete(lines);
        }
    }
}
