using System.Globalization;
using System.Text;
using System.Text.Json;
using Harrier.Core.GroupRuns;

namespace Harrier.Data.GroupRuns;

/// <summary>Stores a route's points as compact JSON, [[lat, lon], …] to six decimals (about 0.1 m).</summary>
internal static class RouteJson
{
    public static string Write(IReadOnlyList<(double Latitude, double Longitude)> points)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < points.Count; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ",")}[{points[i].Latitude:F6},{points[i].Longitude:F6}]");
        }

        return json.Append(']').ToString();
    }

    public static GroupRoute Read(StoredRoute stored)
    {
        var points = JsonSerializer.Deserialize<double[][]>(stored.PointsJson) ?? [];
        return new GroupRoute(stored.Name, points.Where(p => p.Length == 2).Select(p => (p[0], p[1])).ToArray(), stored.Meters, stored.AscentMeters);
    }
}
