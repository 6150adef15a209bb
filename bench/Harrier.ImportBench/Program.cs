using System.Diagnostics;
using System.Globalization;
using Harrier.Data;
using Harrier.Data.Import;
using Harrier.Import.Sources;
using Harrier.ImportBench;
using Microsoft.EntityFrameworkCore;

// Bulk import benchmark (issue 3): a synthetic export of N runs into a fresh SQLite file, then the same import again.
// Usage: dotnet run -c Release --project bench/Harrier.ImportBench -- [files=2000]
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 2000;
var folder = Directory.CreateTempSubdirectory("harrier-import-bench-").FullName;
try
{
    var (export, samples) = SyntheticExport.Write(folder, count);
    Console.WriteLine($"Export: {count} runs, {samples:N0} samples, {new FileInfo(export).Length / 1024 / 1024} MiB zipped ({export})");
    var settings = new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "harrier.db")}", folder);
    var options = new DbContextOptionsBuilder<HarrierDbContext>();
    HarrierDatabase.Configure(options, settings);
    await using (var setup = new HarrierDbContext(options.Options))
    {
        await HarrierDatabase.MigrateAsync(setup, settings, CancellationToken.None);
        setup.Users.Add(new HarrierUser { UserName = "bench@example.com", Email = "bench@example.com", NormalizedEmail = "BENCH@EXAMPLE.COM" });
        await setup.SaveChangesAsync();
    }

    foreach (var pass in new[] { "first import", "again (all duplicates)" })
    {
        await using var db = new HarrierDbContext(options.Options);
        var user = await db.Users.SingleAsync();
        var import = new ActivityImport(db, TimeProvider.System, ImportLimits.Default);
        var tally = new Dictionary<ImportStatus, int>();
        var clock = Stopwatch.StartNew();
        await foreach (var file in import.ImportAllAsync(user, new ImportSource(ImportLimits.Default).Enumerate([export]), CancellationToken.None))
        {
            foreach (var outcome in file)
            {
                tally[outcome.Status] = tally.GetValueOrDefault(outcome.Status) + 1;
            }
        }

        Console.WriteLine($"{pass}: {clock.Elapsed.TotalSeconds:F1} s — " + string.Join(", ", tally.Select(t => $"{t.Value} {t.Key}")));
    }

    Console.WriteLine($"Database: {new FileInfo(Path.Combine(folder, "harrier.db")).Length / 1024 / 1024} MiB; machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}");
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    Directory.Delete(folder, recursive: true);
}
