using Harrier.Import.Sources;
using Microsoft.Extensions.Configuration;

namespace Harrier.Data.Import;

/// <summary>Reads the one <see cref="ImportLimits"/> object from configuration, for the web app and the CLI alike.</summary>
public static class ImportConfiguration
{
    /// <summary>
    /// Binds the <c>Import</c> section (<c>Import:MaxFileMegabytes</c>, <c>Import:MaxArchiveMegabytes</c>,
    /// <c>Import:MaxUploadMegabytes</c>, <c>Import:MaxEntries</c>, <c>Import:MaxCompressionRatio</c>; also from
    /// <c>HARRIER_Import__…</c> variables) over the defaults, lets <paramref name="overrides"/> adjust the result (the CLI's
    /// flags), and checks it; throws <see cref="InvalidOperationException"/> with a message for the operator when it is unusable.
    /// </summary>
    public static ImportLimits Limits(IConfiguration configuration, Func<ImportLimits, ImportLimits>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var bound = configuration.GetSection(ImportLimits.Section).Get<ImportLimits>() ?? ImportLimits.Default;
        return Checked(overrides is null ? bound : overrides(bound));
    }

    /// <summary>The limits when they are usable; otherwise throws <see cref="InvalidOperationException"/> naming every problem.</summary>
    public static ImportLimits Checked(ImportLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var problems = limits.Problems();
        return problems.Count == 0 ? limits : throw new InvalidOperationException(string.Join(" ", problems));
    }
}
