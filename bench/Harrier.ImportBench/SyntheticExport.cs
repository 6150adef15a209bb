using System.Globalization;
using System.IO.Compression;
using System.Text;
using Harrier.Data.Import;

namespace Harrier.ImportBench;

/// <summary>
/// Writes an account-export-like zip of <c>count</c> distinct runs: GPX (<see cref="SampleActivity"/>) and gzipped TCX files,
/// 1 Hz samples with position, elevation, heart rate and cadence, 25–70 minutes each, one run a day going back from a fixed date.
/// </summary>
internal static class SyntheticExport
{
    public static (string Path, long Samples) Write(string folder, int count)
    {
        var path = Path.Combine(folder, "export.zip");
        long samples = 0;
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        var random = new Random(42);
        for (var i = 0; i < count; i++)
        {
            var start = new DateTime(2026, 11, 1, 6, 0, 0, DateTimeKind.Utc).AddDays(-i).AddMinutes(random.Next(0, 90));
            var seconds = random.Next(25 * 60, 70 * 60);
            samples += seconds;
            if (i % 2 == 0)
            {
                using var entry = zip.CreateEntry($"activities/{i}.gpx", CompressionLevel.Fastest).Open();
                entry.Write(SampleActivity.Gpx(start, TimeSpan.FromSeconds(seconds), 51.5 + random.NextDouble(), -0.1 + random.NextDouble()));
            }
            else
            {
                using var gz = new GZipStream(zip.CreateEntry($"activities/{i}.tcx.gz", CompressionLevel.NoCompression).Open(), CompressionLevel.Fastest);
                using var writer = new StreamWriter(gz, Encoding.UTF8);
                Tcx(writer, start, seconds, random);
            }
        }

        return (path, samples);
    }

    private static void Tcx(StreamWriter w, DateTime start, int seconds, Random random)
    {
        w.Write(string.Create(CultureInfo.InvariantCulture,
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\"><Activities><Activity Sport=\"Running\"><Id>{start:yyyy-MM-ddTHH:mm:ssZ}</Id><Lap StartTime=\"{start:yyyy-MM-ddTHH:mm:ssZ}\"><TotalTimeSeconds>{seconds}</TotalTimeSeconds><DistanceMeters>{seconds * 2.8:F1}</DistanceMeters><Track>\n"));
        var (lat, lon) = (48.1 + random.NextDouble(), 11.5 + random.NextDouble());
        for (var s = 0; s < seconds; s++)
        {
            lat += 2.5e-5;
            w.Write(string.Create(CultureInfo.InvariantCulture,
                $"<Trackpoint><Time>{start.AddSeconds(s):yyyy-MM-ddTHH:mm:ssZ}</Time><Position><LatitudeDegrees>{lat:F7}</LatitudeDegrees><LongitudeDegrees>{lon:F7}</LongitudeDegrees></Position><AltitudeMeters>{500 + Math.Sin(s / 90.0) * 10:F1}</AltitudeMeters><DistanceMeters>{s * 2.8:F1}</DistanceMeters><HeartRateBpm><Value>{135 + s % 25}</Value></HeartRateBpm><Cadence>{84 + s % 4}</Cadence></Trackpoint>\n"));
        }

        w.Write("</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n");
    }
}
