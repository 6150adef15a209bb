using System.Globalization;
using Harrier.Core.Runs;
using Harrier.Data;
using Harrier.Data.Log;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Features.Runs;

/// <summary>
/// The filters of the list of all runs as typed in a query string (<c>from</c>, <c>to</c> as YYYY-MM-DD, <c>source</c>,
/// <c>shoe</c>, <c>surface</c>), read the same way by the log's "All runs" page and <c>GET /api/log/runs</c>.
/// </summary>
public static class RunListQuery
{
    /// <summary>The filter, or the problems keyed by query field (nothing is listed when there are any).</summary>
    public static async Task<(RunFilter Filter, Dictionary<string, string[]> Errors)> ParseAsync(
        HarrierDbContext db, string ownerId, string? from, string? to, string? source, string? shoe, string? surface, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var errors = new Dictionary<string, string[]>();
        var first = Day(from, "from", errors);
        var last = Day(to, "to", errors);
        var origin = Choice<RunSource>(source, "source", "manual, imported or demo", errors);
        var ground = Choice<Surface>(surface, "surface", "road, trail, track, treadmill or grass", errors);
        int? shoeId = null;
        if (!string.IsNullOrWhiteSpace(shoe))
        {
            if (int.TryParse(shoe, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && await db.Shoes.OwnedBy(ownerId).AnyAsync(s => s.Id == id, ct))
            {
                shoeId = id;
            }
            else
            {
                errors["shoe"] = ["Choose one of your own pairs of shoes."];
            }
        }

        var filter = new RunFilter(first, last, origin, shoeId, ground);
        foreach (var (field, message) in filter.Problems())
        {
            errors[field] = [message];
        }

        return (filter, errors);
    }

    private static DateOnly? Day(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[field] = ["Write the day as YYYY-MM-DD, e.g. 2019-06-20."];
        return null;
    }

    private static T? Choice<T>(string? text, string field, string allowed, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Harrier.Core.Answers.Choice.TryParse<T>(text, out var value))
        {
            return value;
        }

        errors[field] = [$"Choose {allowed}."];
        return null;
    }
}
