using System.IO.Compression;
using Harrier.Data.Import;
using Harrier.Import.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Harrier.Data.Tests.Import;

/// <summary>Background imports: counted per file, resumed after the last file counted, cancelled between files, one path for all.</summary>
public sealed class ImportJobsTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero));

    private static byte[] TestFile(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    /// <summary>A zip holding <paramref name="files"/>, as an export would.</summary>
    private static byte[] Zip(params (string Name, byte[] Data)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in files)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(data);
            }
        }

        return buffer.ToArray();
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_ArchiveAndFile_CountsEveryFileAndKeepsEachResult(DatabaseProvider provider)
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var jobs = new ImportJobs(db, Clock, ImportLimits.Default);
        var export = Zip(("activities/steady-run.fit", TestFile("steady-run.fit")), ("activities/two-laps.tcx", TestFile("two-laps.tcx")),
            ("activities/notes.txt", [1, 2, 3]));

        var (job, problem) = await jobs.QueueAsync(ana, [("export.zip", export), ("two-laps.tcx", TestFile("two-laps.tcx"))], ImportOptions.None, CancellationToken.None);
        Assert.Null(problem);
        Assert.Equal(ImportJobState.Queued, job!.State);
        await jobs.RunQueuedAsync(ana.Id, CancellationToken.None);

        var done = (await jobs.GetAsync(ana.Id, job.Id, CancellationToken.None))!;
        Assert.Equal((ImportJobState.Done, 3, 3, 2, 1, 0), (done.State, done.FilesFound, done.FilesDone, done.Imported, done.Duplicates, done.Skipped));
        Assert.Equal(3, ImportJobs.ResultsOf(done).Count);
        await using var read = database.NewContext();
        Assert.Equal(2, await read.Runs.CountAsync(r => r.OwnerId == ana.Id));
        Assert.False(await read.ImportJobUploads.AnyAsync(), "the uploaded files are deleted when the job ends");
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Run_InterruptedAfterTheFirstFile_ResumesAfterItWithoutStoringAnythingTwice(DatabaseProvider provider)
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var jobs = new ImportJobs(db, Clock, ImportLimits.Default);
        var export = Zip(("a/steady-run.fit", TestFile("steady-run.fit")), ("b/two-laps.tcx", TestFile("two-laps.tcx")));
        var (job, _) = await jobs.QueueAsync(ana, [("export.zip", export)], ImportOptions.None, CancellationToken.None);

        // A node stopped after importing the first file and counting it: the job is still "running" in the database.
        Assert.Single(await new ActivityImport(db, Clock, ImportLimits.Default).ImportAsync(ana, "steady-run.fit", TestFile("steady-run.fit"), CancellationToken.None));
        await db.ImportJobs.Where(j => j.Id == job!.Id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, ImportJobState.Running).SetProperty(j => j.FilesFound, 2).SetProperty(j => j.FilesDone, 1)
            .SetProperty(j => j.Imported, 1));
        db.ChangeTracker.Clear();

        Assert.Equal([ana.Id], await jobs.OwnersWithOpenJobsAsync(CancellationToken.None));
        await jobs.RunQueuedAsync(ana.Id, CancellationToken.None);

        var done = (await jobs.GetAsync(ana.Id, job!.Id, CancellationToken.None))!;
        Assert.Equal((ImportJobState.Done, 2, 2, 0), (done.State, done.FilesDone, done.Imported, done.Duplicates));
        await using var read = database.NewContext();
        Assert.Equal(2, await read.Runs.CountAsync(r => r.OwnerId == ana.Id));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Cancel_QueuedJobEndsAtOnce_OthersAreNotFound_RunnersQueueMovesOn(DatabaseProvider provider)
    {
        var (database, db, ana) = await ActivityImportTests.SetUpAsync(provider);
        await using var _ = database;
        await using var __ = db;
        var jobs = new ImportJobs(db, Clock, ImportLimits.Default);
        var (first, _) = await jobs.QueueAsync(ana, [("steady-run.fit", TestFile("steady-run.fit"))], ImportOptions.None, CancellationToken.None);
        var (second, _) = await jobs.QueueAsync(ana, [("two-laps.tcx", TestFile("two-laps.tcx"))], ImportOptions.None, CancellationToken.None);

        Assert.False(await jobs.CancelAsync("someone-else", first!.Id, CancellationToken.None));
        Assert.Null(await jobs.GetAsync("someone-else", first.Id, CancellationToken.None));
        Assert.True(await jobs.CancelAsync(ana.Id, first.Id, CancellationToken.None));
        await jobs.RunQueuedAsync(ana.Id, CancellationToken.None);

        Assert.Equal(ImportJobState.Cancelled, (await jobs.GetAsync(ana.Id, first.Id, CancellationToken.None))!.State);
        Assert.Equal((ImportJobState.Done, 1), ((await jobs.GetAsync(ana.Id, second!.Id, CancellationToken.None))!.State, (await jobs.GetAsync(ana.Id, second.Id, CancellationToken.None))!.Imported));
        Assert.Equal("Choose at least one file or archive.", (await jobs.QueueAsync(ana, [], ImportOptions.None, CancellationToken.None)).Problem);
    }
}
