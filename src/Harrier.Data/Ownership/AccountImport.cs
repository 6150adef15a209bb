using System.IO.Compression;
using Harrier.Import.Sources;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Ownership;

/// <summary>
/// Imports an account export (<see cref="AccountExport"/>) into an empty account on this server: the profile, settings and every
/// record with new ids, references between them remapped, recordings with their samples and original files. The web page,
/// <c>POST /api/me/import</c> and <c>harrier import-account</c> all call it.
/// </summary>
/// <remarks>
/// All or nothing: the zip is checked within the import limits, then everything is stored in one transaction, so a damaged,
/// hostile or unreadable export, or one of another version, changes nothing and gives one message saying why. Ties to other
/// people (coach links, comments, group runs) stay in the export for the record and are not recreated.
/// </remarks>
public sealed class AccountImport(HarrierDbContext db, ImportLimits limits)
{
    public async Task<AccountImportResult> ImportAsync(string userId, Stream zipFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zipFile);
        if (!await IsEmptyAsync(userId, cancellationToken))
        {
            return new AccountImportResult(
                "This account already holds runs, plans or health records; import an export into a new or empty account only.", null);
        }

        ZipArchive zip;
        try
        {
            zip = await ZipArchive.CreateAsync(zipFile, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        }
        catch (Exception e) when (ExportPackage.IsDamage(e))
        {
            return new AccountImportResult($"This is not a readable zip file ({e.Message}).", null);
        }

        await using (zip)
        {
            try
            {
                var package = new ExportPackage(zip, limits);
                var document = await package.ReadDocumentAsync(cancellationToken);
                return new AccountImportResult(null, await StoreAsync(userId, document, package, cancellationToken));
            }
            catch (ExportProblem e)
            {
                return new AccountImportResult(e.Message, null);
            }
            catch (DbUpdateException e)
            {
                return new AccountImportResult($"The export could not be stored: {(e.InnerException ?? e).Message}", null);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or OverflowException or System.Text.Json.JsonException)
            {
                return new AccountImportResult($"The export is damaged: {e.Message}", null);
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>True when the account holds none of the records an import brings, so an import cannot mix two logs.</summary>
    public async Task<bool> IsEmptyAsync(string userId, CancellationToken cancellationToken) =>
        !await db.Runs.AnyAsync(r => r.OwnerId == userId, cancellationToken)
        && !await db.Shoes.AnyAsync(s => s.OwnerId == userId, cancellationToken)
        && !await db.CrossTraining.AnyAsync(c => c.OwnerId == userId, cancellationToken)
        && !await db.Plans.AnyAsync(p => p.OwnerId == userId, cancellationToken)
        && !await db.PainEntries.AnyAsync(p => p.OwnerId == userId, cancellationToken)
        && !await db.CheckIns.AnyAsync(c => c.OwnerId == userId, cancellationToken)
        && !await db.Screenings.AnyAsync(s => s.OwnerId == userId, cancellationToken)
        && !await db.QuestionnaireScores.AnyAsync(s => s.OwnerId == userId, cancellationToken)
        && !await db.TriageAnswers.AnyAsync(t => t.OwnerId == userId, cancellationToken)
        && !await db.Intakes.AnyAsync(i => i.RunnerId == userId, cancellationToken)
        && !await db.RemedyTrials.AnyAsync(t => t.OwnerId == userId, cancellationToken);

    private async Task<AccountImportCounts> StoreAsync(string userId, ExportDocument document, ExportPackage package, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var counts = await new ImportWriter(db, package, userId).WriteAsync(document, ct);
            await transaction.CommitAsync(ct);
            return counts;
        }, cancellationToken);
    }
}
