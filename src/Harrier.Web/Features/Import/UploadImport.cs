using Harrier.Data;
using Harrier.Data.Import;
using Harrier.Import.Sources;

namespace Harrier.Web.Features.Import;

/// <summary>
/// Imports uploaded files (activity files or zip archives) for one runner: each upload is read as a stream under its sanitised
/// name (nothing is written to a folder of ours) through the same <see cref="ImportSource"/> and per-file loop
/// (<see cref="ActivityImport.ImportAllAsync"/>) as the CLI.
/// </summary>
public sealed class UploadImport(HarrierDbContext db, TimeProvider clock, ImportLimits limits)
{
    /// <summary>The outcomes of every activity in <paramref name="files"/>; null with the problem when the options are not the runner's to use.</summary>
    public async Task<(IReadOnlyList<ImportOutcome>? Outcomes, string? ShoeProblem)> ImportAsync(
        HarrierUser owner, IEnumerable<IFormFile> files, ImportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        if (await options.ProblemAsync(db, owner.Id, cancellationToken) is { } problem)
        {
            return (null, problem);
        }

        var uploads = files.Select(f => new ImportUpload(SafeName(f.FileName), f.Length, f.OpenReadStream));
        var items = new ImportSource(limits).Enumerate(uploads, cancellationToken);
        var outcomes = new List<ImportOutcome>();
        await foreach (var file in new ActivityImport(db, clock, limits, options).ImportAllAsync(owner, items, cancellationToken))
        {
            outcomes.AddRange(file);
        }

        return (outcomes, null);
    }

    /// <summary>The file's own name without any directory part or characters that could mislead in a name.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' ? c : '_').ToArray()).Trim();
        return safe.Length == 0 || safe.All(c => c == '.') ? "upload" : safe[..Math.Min(safe.Length, 120)];
    }

    /// <summary>The shoe chosen in a form field (empty for none); null with a problem when it is not a number.</summary>
    public static (int? ShoeId, string? Problem) ParseShoe(string? field) =>
        string.IsNullOrWhiteSpace(field) ? (null, null)
        : int.TryParse(field, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? (id, null)
        : (null, "Choose one of your own pairs of shoes, or none.");
}
