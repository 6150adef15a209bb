using System.Globalization;
using System.Text;

namespace Harrier.Data.Import;

/// <summary>
/// Writes a synthetic but plausible GPX run (a loop with one hill, 1 Hz samples with heart rate and cadence) for demo data and
/// benchmarks. Clearly marked as generated in its creator attribute.
/// </summary>
public static class SampleActivity
{
    private const double MetersPerDegree = 111_320;

    public static byte[] Gpx(DateTime startUtc, TimeSpan duration, double centerLatitude, double centerLongitude, double speedMetersPerSecond = 2.9)
    {
        var seconds = (int)duration.TotalSeconds;
        var radius = speedMetersPerSecond * seconds / (2 * Math.PI);
        var text = new StringBuilder(seconds * 260);
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"Harrier sample data (synthetic)\" ")
            .Append("xmlns=\"http://www.topografix.com/GPX/1/1\" xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/TrackPointExtension/v1\">")
            .Append("<trk><name>Sample loop (synthetic)</name><type>running</type><trkseg>\n");
        for (var s = 0; s <= seconds; s++)
        {
            var angle = 2 * Math.PI * s / seconds;
            var lat = centerLatitude + radius * Math.Sin(angle) / MetersPerDegree;
            var lon = centerLongitude + radius * (Math.Cos(angle) - 1) / (MetersPerDegree * Math.Cos(centerLatitude * Math.PI / 180));
            var elevation = 25 + 12 * Math.Max(0, Math.Sin(angle));
            var heartRate = Math.Min(172, 118 + s / 30 + (int)(10 * Math.Max(0, Math.Sin(angle))));
            text.Append(CultureInfo.InvariantCulture,
                $"<trkpt lat=\"{lat:F7}\" lon=\"{lon:F7}\"><ele>{elevation:F1}</ele><time>{startUtc.AddSeconds(s):yyyy-MM-ddTHH:mm:ssZ}</time>")
                .Append(CultureInfo.InvariantCulture,
                $"<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{heartRate}</gpxtpx:hr><gpxtpx:cad>{80 + s % 4}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>\n");
        }

        text.Append("</trkseg></trk></gpx>\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
