using Harrier.Core.Runs;

namespace Harrier.Data.Log;

/// <summary>Which runs a list shows: days in the runner's calendar (both ends included), how the runs reached the log, shoes and surface.</summary>
/// <param name="From">The first day, or null for the beginning.</param>
/// <param name="To">The last day, or null for today and on.</param>
/// <param name="Source">Entered by hand, imported, or sample runs; null for all.</param>
/// <param name="ShoeId">Only runs in this pair; null for any.</param>
/// <param name="Surface">Only runs on this surface; null for any.</param>
public sealed record RunFilter(DateOnly? From = null, DateOnly? To = null, RunSource? Source = null, int? ShoeId = null, Surface? Surface = null)
{
    public static RunFilter All { get; } = new();

    /// <summary>What is wrong with the filter, keyed by its field ("from", "to"); empty when it can be used.</summary>
    public IReadOnlyDictionary<string, string> Problems() =>
        From is { } from && To is { } to && from > to
            ? new Dictionary<string, string> { ["to"] = "The last day must not be before the first." }
            : new Dictionary<string, string>();
}
