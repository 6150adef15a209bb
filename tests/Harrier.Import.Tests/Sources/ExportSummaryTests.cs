using System.IO.Compression;
using System.Text;
using Harrier.Import.Sources;

namespace Harrier.Import.Tests.Sources;

/// <summary>An account export's own summaries give each activity file the name, description and gear the runner typed.</summary>
public sealed class ExportSummaryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("harrier-export-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static byte[] Fit => TestFiles.Bytes("garmin-fenix-5-run.fit");

    private const string StravaCsv =
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Activity Gear,Filename,Distance\r\n"
        + "1,\"Jun 5, 2021, 7:00:00 AM\",\"Hills, then home\",Run,\"Felt strong.\nSecond line, with a comma and \"\"quotes\"\"\",1199,3.60,Pegasus 38,activities/1.fit,3600\r\n"
        + "2,\"Jun 6, 2021, 7:00:00 AM\",Easy,Run,,1199,3.60,,activities/2.fit.gz,3600\r\n";

    private string Zip(params (string Entry, byte[] Data)[] entries)
    {
        var path = Path.Combine(_dir, "export.zip");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var (entry, data) in entries)
        {
            using var stream = zip.CreateEntry(entry).Open();
            stream.Write(data);
        }

        return path;
    }

    [Fact]
    public void Enumerate_StravaExport_AttachesNameDescriptionAndGearByFilename()
    {
        var path = Zip(("activities.csv", Encoding.UTF8.GetBytes(StravaCsv)), ("activities/1.fit", Fit), ("activities/2.fit.gz", Fit),
            ("activities/3.fit", Fit));

        var items = new ImportSource(ImportLimits.Default).Enumerate([path]).ToDictionary(i => i.Name[(path.Length + 1)..]);

        Assert.Equal(new ExportDetails("Hills, then home", "Felt strong.\nSecond line, with a comma and \"quotes\"", "Pegasus 38", "Run"),
            items["activities/1.fit"].Details);
        Assert.Equal(new ExportDetails("Easy", null, null, "Run"), items["activities/2.fit.gz"].Details);
        Assert.Null(items["activities/3.fit"].Details);
    }

    [Fact]
    public void Enumerate_UnpackedStravaExportFolder_AttachesTheDetailsToo()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "strava", "activities"));
        File.WriteAllText(Path.Combine(_dir, "strava", "activities.csv"), StravaCsv);
        File.WriteAllBytes(Path.Combine(_dir, "strava", "activities", "1.fit"), Fit);

        var item = Assert.Single(new ImportSource(ImportLimits.Default).Enumerate([Path.Combine(_dir, "strava")]));

        Assert.Equal("Hills, then home", item.Details?.Name);
    }

    [Fact]
    public void Enumerate_GarminExport_AttachesTheSummaryByActivityIdInANestedArchive()
    {
        using var nested = new MemoryStream();
        using (var inner = new ZipArchive(nested, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = inner.CreateEntry("ana@example.com_12345678901.fit").Open();
            stream.Write(Fit);
        }

        const string Json = """[{"summarizedActivitiesExport":[{"activityId":12345678901,"name":"Parkrun","activityType":{"typeKey":"running"}}]}]""";
        var path = Zip(("DI_CONNECT/DI-Connect-Fitness/ana@example.com_0_summarizedActivities.json", Encoding.UTF8.GetBytes(Json)),
            ("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", nested.ToArray()));

        var item = Assert.Single(new ImportSource(ImportLimits.Default).Enumerate([path]));

        Assert.Equal(new ExportDetails("Parkrun", null, null, "running"), item.Details);
    }

    [Fact]
    public void Enumerate_UnreadableSummary_StillImportsTheFiles()
    {
        var path = Zip(("activities.csv", [0xFF, 0xFE, 0x00, 0x22, 0x22]), ("x_summarizedActivities.json", "{ not json"u8.ToArray()),
            ("activities/1.fit", Fit));

        var item = Assert.Single(new ImportSource(ImportLimits.Default).Enumerate([path]));

        Assert.NotNull(item.Data);
        Assert.Null(item.Details);
    }

    [Theory]
    [InlineData("a,b\r\nc,d\r\n", new[] { "a|b", "c|d" })]
    [InlineData("a,\"b,c\"\n\"d\ne\",\"\"\"\"", new[] { "a|b,c", "d\ne|\"" })]
    [InlineData("a,,b\n,\n", new[] { "a||b", "|" })]
    [InlineData("\"unterminated", new[] { "unterminated" })]
    public void Rows_Rfc4180Text_SplitsFieldsAndRows(string text, string[] rows)
    {
        using var reader = new StringReader(text);

        Assert.Equal(rows, Csv.Rows(reader).Select(r => string.Join('|', r)));
    }
}
