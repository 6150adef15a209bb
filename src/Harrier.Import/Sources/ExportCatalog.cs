using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Harrier.Import.Sources;

/// <summary>
/// The activity summaries found in an account export, for attaching each activity file's name, description and gear.
/// </summary>
/// <remarks>
/// Strava's <c>activities.csv</c> names each file in its <c>Filename</c> column, relative to the folder the CSV is in
/// (<c>activities/5212345001.fit.gz</c>); Garmin's <c>*_summarizedActivities.json</c> lists activities by id, which the
/// uploaded files carry at the end of their names (<c>…_12345678901.fit</c>). A summary that cannot be read is ignored: the
/// activity files are imported all the same.
/// </remarks>
internal sealed partial class ExportCatalog(ExportCatalog? parent = null)
{
    private readonly Dictionary<string, ExportDetails> _byPath = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<long, ExportDetails> _byId = [];

    public static bool IsSummary(string name) =>
        name.EndsWith("activities.csv", StringComparison.OrdinalIgnoreCase) && IsLastSegment(name, "activities.csv")
        || name.EndsWith("summarizedActivities.json", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads a summary file at <paramref name="path"/> ('/'-separated, as in a zip) from <paramref name="content"/>.</summary>
    public void Add(string path, byte[] content)
    {
        try
        {
            if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                AddStrava(Folder(path), content);
            }
            else
            {
                AddGarmin(content);
            }
        }
        catch (Exception e) when (e is JsonException or DecoderFallbackException or InvalidOperationException or FormatException)
        {
            // An unreadable summary only loses the names; the activity files themselves are still imported.
        }
    }

    /// <summary>
    /// The details for the activity file at <paramref name="path"/> ('/'-separated, relative to where the summaries were found),
    /// else those an enclosing archive's summaries have for its id; null when no summary mentions it.
    /// </summary>
    public ExportDetails? Find(string path)
    {
        if (_byPath.TryGetValue(Normalize(path), out var details))
        {
            return details;
        }

        var id = TrailingId().Match(path);
        return id.Success && long.TryParse(id.Groups[1].ValueSpan, out var number) && _byId.TryGetValue(number, out var byId)
            ? byId
            : parent?.Find(Path.GetFileName(path));
    }

    private void AddStrava(string folder, byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var rows = Csv.Rows(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            return;
        }

        var header = rows.Current.Select(h => h.Trim()).ToList();
        int Column(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        var (file, title, text, gear, type) = (Column("Filename"), Column("Activity Name"), Column("Activity Description"),
            Column("Activity Gear"), Column("Activity Type"));
        while (file >= 0 && rows.MoveNext())
        {
            var row = rows.Current;
            string? Field(int i) => i >= 0 && i < row.Length && !string.IsNullOrWhiteSpace(row[i]) ? row[i].Trim() : null;
            if (Field(file) is { } name)
            {
                _byPath[Normalize(folder + name)] = new ExportDetails(Field(title), Field(text), Field(gear), Field(type));
            }
        }
    }

    private void AddGarmin(byte[] content)
    {
        using var json = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = 16 });
        foreach (var activity in Activities(json.RootElement))
        {
            if (activity.TryGetProperty("activityId", out var id) && id.TryGetInt64(out var number))
            {
                _byId[number] = new ExportDetails(Text(activity, "name"), Text(activity, "description"), null, Type(activity));
            }
        }
    }

    /// <summary>The objects of every "summarizedActivitiesExport" array, at whatever depth the export puts them.</summary>
    private static IEnumerable<JsonElement> Activities(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Activities),
        JsonValueKind.Object when element.TryGetProperty("summarizedActivitiesExport", out var list) && list.ValueKind == JsonValueKind.Array =>
            list.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object),
        _ => [],
    };

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static string? Type(JsonElement e) =>
        Text(e, "activityType") ?? (e.TryGetProperty("activityType", out var t) && t.ValueKind == JsonValueKind.Object ? Text(t, "typeKey") : null);

    private static string Folder(string path) => path.LastIndexOf('/') is var slash and >= 0 ? path[..(slash + 1)] : "";

    private static string Normalize(string path) => path.Replace('\\', '/').TrimStart('/');

    private static bool IsLastSegment(string path, string name) => path.Length == name.Length || path[^(name.Length + 1)] is '/' or '\\';

    [GeneratedRegex(@"_(\d{6,19})\.(?:fit|gpx|tcx)(?:\.gz)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingId();
}
