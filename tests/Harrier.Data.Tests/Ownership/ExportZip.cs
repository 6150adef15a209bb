using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Harrier.Data.Ownership;

namespace Harrier.Data.Tests.Ownership;

/// <summary>Reads, compares and tampers with export zips in tests.</summary>
internal static class ExportZip
{
    public static async Task<byte[]> ExportAsync(HarrierDbContext db, string userId)
    {
        using var output = new MemoryStream();
        await new AccountExport(db, OwnerWorld.Clock).WriteAsync(userId, output, CancellationToken.None);
        return output.ToArray();
    }

    public static Dictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public static JsonObject Document(byte[] zip) => JsonNode.Parse(Entries(zip)["account.json"])!.AsObject();

    /// <summary>
    /// The export with everything that may differ between two servers taken out: the time of export, the account's id, address and
    /// creation, the ties to other people (not imported), and ids, which become positions; files become the SHA-256 of their bytes.
    /// Two exports of the same records give the same text.
    /// </summary>
    public static string Canonical(byte[] zip)
    {
        var files = Entries(zip);
        var doc = Document(zip);
        doc.Remove("exportedUtc");
        doc.Remove("coaching");
        var account = doc["account"]!.AsObject();
        account.Remove("id");
        account.Remove("email");
        account.Remove("createdUtc");
        var shoes = Positions(doc["shoes"]!.AsArray());
        var runs = Positions(doc["runs"]!.AsArray());
        var pain = Positions(doc["painEntries"]!.AsArray());
        Positions(doc["plans"]!.AsArray());
        foreach (var run in doc["runs"]!.AsArray().Select(r => r!.AsObject()))
        {
            Remap(run, "shoeId", shoes);
            if (run["recording"] is JsonObject recording)
            {
                recording["streamsPath"] = Hash(files[(string)recording["streamsPath"]!]);
                recording["originalPath"] = Hash(files[(string)recording["originalPath"]!]);
            }
        }

        foreach (var entry in doc["painEntries"]!.AsArray())
        {
            Remap(entry!.AsObject(), "runId", runs);
        }

        foreach (var outcome in doc["plans"]!.AsArray().SelectMany(p => p!["outcomes"]!.AsArray()))
        {
            Remap(outcome!.AsObject(), "runId", runs);
        }

        foreach (var screen in doc["redFlagScreens"]!.AsArray())
        {
            Remap(screen!.AsObject(), "painEntryId", pain);
        }

        return doc.ToJsonString();
    }

    /// <summary>The zip rebuilt with each entry passed through <paramref name="edit"/> (null drops it), then <paramref name="extra"/> added.</summary>
    public static byte[] Rewrite(byte[] zip, Func<string, byte[], byte[]?> edit, params (string Name, byte[] Data)[] extra)
    {
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in Entries(zip).Select(e => (e.Key, edit(e.Key, e.Value))).Concat(extra.Select(e => (e.Name, (byte[]?)e.Data))))
            {
                if (data is not null)
                {
                    using var stream = archive.CreateEntry(name).Open();
                    stream.Write(data);
                }
            }
        }

        return output.ToArray();
    }

    /// <summary>The zip with account.json changed by <paramref name="edit"/>.</summary>
    public static byte[] EditDocument(byte[] zip, Action<JsonObject> edit) => Rewrite(zip, (name, data) =>
    {
        if (name != "account.json")
        {
            return data;
        }

        var doc = JsonNode.Parse(data)!.AsObject();
        edit(doc);
        return System.Text.Encoding.UTF8.GetBytes(doc.ToJsonString());
    });

    private static Dictionary<int, int> Positions(JsonArray items)
    {
        var positions = new Dictionary<int, int>();
        foreach (var item in items.Select(i => i!.AsObject()))
        {
            positions[(int)item["id"]!] = positions.Count;
            item["id"] = positions.Count - 1;
        }

        return positions;
    }

    private static void Remap(JsonObject item, string field, Dictionary<int, int> positions)
    {
        if (item[field] is JsonValue value)
        {
            item[field] = positions[(int)value];
        }
    }

    private static string Hash(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));
}
