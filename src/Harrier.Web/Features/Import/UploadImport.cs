using Harrier.Data;
using Harrier.Data.Import;
using Harrier.Import.Sources;

namespace Harrier.Web.Features.Import;

/// <summary>
/// Imports uploaded files (activity files or zip archives) for one runner: each upload is saved to a private temporary folder
/// under its sanitised name, read through the same <see cref="ImportSource"/> and <see cref="ActivityImport"/> as the CLI, and deleted.
/// </summary>
public sealed class UploadImport(HarrierDbContext db, TimeProvider clock, ImportLimits limits)
{
    public async Task<IReadOnlyList<ImportOutcome>> ImportAsync(HarrierUser owner, IEnumerable<IFormFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(files);
        var folder = Directory.CreateTempSubdirectory("harrier-upload-");
        try
        {
            var outcomes = new List<ImportOutcome>();
            var paths = new List<(string Path, string Name)>();
            foreach (var (file, index) in files.Select((f, i) => (f, i)))
            {
                var name = SafeName(file.FileName);
                if (!ImportSource.IsActivityFile(name) && !name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    outcomes.Add(ImportOutcome.Failed(name, "not an activity file: upload .fit, .gpx or .tcx files (also .gz) or a .zip archive"));
                    continue;
                }

                if (file.Length > limits.MaxFileBytes && !name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    outcomes.Add(ImportOutcome.Failed(name, $"larger than the {ImportLimits.Size(limits.MaxFileBytes)} limit for one file"));
                    continue;
                }

                var path = Path.Combine(folder.FullName, $"{index:D4}-{name}");
                await using (var target = File.Create(path))
                {
                    await file.CopyToAsync(target, cancellationToken);
                }

                paths.Add((path, name));
            }

            var import = new ActivityImport(db, clock, limits);
            var source = new ImportSource(limits);
            foreach (var (path, name) in paths)
            {
                foreach (var item in source.Enumerate([path], cancellationToken))
                {
                    outcomes.AddRange(await import.ImportAsync(owner, item with { Name = name + item.Name[path.Length..] }, cancellationToken));
                }
            }

            return outcomes;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The file's own name without any directory part or characters that could escape the folder.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        var safe = new string(name.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or ' ' ? c : '_').ToArray()).Trim();
        return safe.Length == 0 || safe.All(c => c == '.') ? "upload" : safe[..Math.Min(safe.Length, 120)];
    }
}
