using System.Data;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Harrier.Data.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Harrier.Data.Ownership;

/// <summary>
/// Everything Harrier holds about one account, as one zip: <c>account.json</c> (<see cref="ExportDocument"/>, described in
/// docs/EXPORT.md), each recording's samples under <c>streams/</c> and each original file, exactly as uploaded, under
/// <c>originals/</c>. The web page, <c>GET /api/me/export</c> and <c>harrier export</c> all write it here.
/// </summary>
/// <remarks>
/// The whole export reads one snapshot of the database (a deferred read transaction on SQLite, repeatable read on PostgreSQL),
/// so runs saved while it is written are either wholly in it or not at all, and the web app's writes are never blocked.
/// Recordings are read one at a time, so memory stays at one file whatever the size of the log.
/// </remarks>
public sealed class AccountExport(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>Writes the export of account <paramref name="userId"/> to <paramref name="output"/> (which may be a response body).</summary>
    public async Task WriteAsync(string userId, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var strategy = db.Database.CreateExecutionStrategy();
        var attempts = 0;
        await strategy.ExecuteAsync(async ct =>
        {
            // Bytes already sent cannot be taken back, so a dropped connection ends the export instead of retrying it.
            if (attempts++ > 0)
            {
                throw new IOException("The database connection failed during the export; try again.");
            }

            await using var transaction = await BeginSnapshotAsync(ct);
            await using var buffer = new AsyncWriteBuffer(output);
            await using (var zip = await ZipArchive.CreateAsync(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct))
            {
                var files = await WriteRecordingsAsync(zip, userId, ct);
                var document = await new ExportReader(db).ReadAsync(userId, files, clock.GetUtcNow().UtcDateTime, ct);
                var entry = zip.CreateEntry(ExportJson.DocumentEntry, CompressionLevel.Optimal);
                await using var stream = await entry.OpenAsync(ct);
                await JsonSerializer.SerializeAsync(stream, document, ExportJson.Options, ct);
            }

            await buffer.FlushAsync(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }

    /// <summary>A suggested file name: <c>harrier-export-2026-11-25.zip</c>.</summary>
    public string FileName() => FormattableString.Invariant($"harrier-export-{clock.GetUtcNow().UtcDateTime:yyyy-MM-dd}.zip");

    private async Task<IDbContextTransaction> BeginSnapshotAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }

        // EF begins SQLite transactions IMMEDIATE, which would hold the write lock; a deferred one only reads a snapshot.
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
#pragma warning disable CA1849 // No asynchronous BeginTransaction takes "deferred"; BEGIN DEFERRED does no I/O.
        var transaction = connection.BeginTransaction(deferred: true);
#pragma warning restore CA1849
        return await db.Database.UseTransactionAsync(transaction, cancellationToken)
            ?? throw new InvalidOperationException("The snapshot transaction was not taken.");
    }

    /// <summary>Writes each recording's samples and (once per distinct file) its original; returns where each run's went.</summary>
    private async Task<Dictionary<int, RecordingFiles>> WriteRecordingsAsync(ZipArchive zip, string userId, CancellationToken cancellationToken)
    {
        var ids = await db.RunRecordings.AsNoTracking().Where(r => r.OwnerId == userId).OrderBy(r => r.RunId).Select(r => r.RunId)
            .ToListAsync(cancellationToken);
        var files = new Dictionary<int, RecordingFiles>();
        var originals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var row = await db.RunRecordings.AsNoTracking().Where(r => r.RunId == id)
                .Select(r => new { r.FileName, r.Streams, r.Original!.Stored }).SingleAsync(cancellationToken);
            var streamsPath = FormattableString.Invariant($"streams/{id}.bin");
            await WriteEntryAsync(zip, streamsPath, row.Streams, CompressionLevel.NoCompression, cancellationToken);
            var original = OriginalFile.Restore(row.FileName, row.Stored);
            var sha = Convert.ToHexStringLower(SHA256.HashData(original));
            var originalPath = $"originals/{sha}/{SafeName(row.FileName)}";
            if (originals.Add(sha))
            {
                await WriteEntryAsync(zip, originalPath, original, CompressionLevel.Optimal, cancellationToken);
            }
            else
            {
                originalPath = files.Values.First(f => f.OriginalSha256 == sha).OriginalPath;
            }

            files[id] = new RecordingFiles(streamsPath, originalPath, sha);
        }

        return files;
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string path, byte[] data, CompressionLevel level, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(path, level);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await stream.WriteAsync(data, cancellationToken);
    }

    /// <summary>A file's own name with only letters, digits and <c>.-_</c>, for a path inside the zip.</summary>
    internal static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        var safe = new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).Trim('.');
        return safe.Length == 0 ? "original" : safe[..Math.Min(safe.Length, 120)];
    }
}

/// <summary>Where one recording's samples and original file are in the zip, and the original's SHA-256.</summary>
internal sealed record RecordingFiles(string StreamsPath, string OriginalPath, string OriginalSha256);
