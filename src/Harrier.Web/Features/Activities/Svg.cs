using System.Globalization;
using System.Net;
using System.Text;

namespace Harrier.Web.Features.Activities;

/// <summary>Small server-drawn SVG charts and route maps: no scripts, no map tiles, so they work offline and without JavaScript.</summary>
public static class Svg
{
    private const int Width = 640;
    private const int Height = 160;
    private const int Pad = 28;

    /// <summary>A line chart of <paramref name="points"/> against distance, with the range labelled; empty when there is no data.</summary>
    /// <param name="points">Distance in <paramref name="distanceUnit"/> and the value in <paramref name="unit"/>.</param>
    /// <param name="title">The chart's name, first in its accessible label ("Pace").</param>
    /// <param name="unit">The value's unit for labels ("/km", "bpm", "ft").</param>
    /// <param name="distanceUnit">The distance axis' unit symbol ("km" or "mi").</param>
    /// <param name="invert">Draw larger values lower (pace: slower is lower).</param>
    /// <param name="format">Formats a value for labels.</param>
    public static string LineChart(
        IReadOnlyList<(double X, double Y)> points, string title, string unit, string distanceUnit, bool invert = false, Func<double, string>? format = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            return "";
        }

        var (minX, maxX) = (points.Min(p => p.X), points.Max(p => p.X));
        var (minY, maxY) = Range(points.Select(p => p.Y).ToArray());
        var spanX = Math.Max(maxX - minX, 1e-9);
        var spanY = Math.Max(maxY - minY, 1e-9);
        var path = new StringBuilder();
        foreach (var (x, y) in points)
        {
            var px = Pad + (x - minX) / spanX * (Width - 2 * Pad);
            var fraction = (y - minY) / spanY;
            var py = Pad / 2 + (invert ? fraction : 1 - fraction) * (Height - Pad);
            path.Append(CultureInfo.InvariantCulture, $"{px:F1},{py:F1} ");
        }

        var show = format ?? Format;
        var label = $"{title}: from {show(minY)} to {show(maxY)} {unit} over {Format(maxX)} {distanceUnit}";
        return $"""
            <svg class="chart" viewBox="0 0 {Width} {Height}" role="img" aria-label="{WebUtility.HtmlEncode(label)}" preserveAspectRatio="none">
            <title>{WebUtility.HtmlEncode(label)}</title>
            <polyline fill="none" stroke="currentColor" stroke-width="2" vector-effect="non-scaling-stroke" points="{path}" />
            <text x="2" y="12" font-size="11">{WebUtility.HtmlEncode($"{show(invert ? minY : maxY)} {unit}")}</text>
            <text x="2" y="{Height - 4}" font-size="11">{WebUtility.HtmlEncode($"{show(invert ? maxY : minY)} {unit}")}</text>
            <text x="{Width - 2}" y="{Height - 4}" font-size="11" text-anchor="end">{Format(maxX)} {distanceUnit}</text>
            </svg>
            """;
    }

    /// <summary>The route as a line, projected with longitude scaled by cos(latitude) so shapes are not stretched.</summary>
    public static string Route(IReadOnlyList<(double Latitude, double Longitude)> route, string label = "Route of the run, drawn from its GPS points")
    {
        ArgumentNullException.ThrowIfNull(route);
        if (route.Count < 2)
        {
            return "";
        }

        var scale = Math.Cos(route.Average(p => p.Latitude) * Math.PI / 180);
        var xs = route.Select(p => p.Longitude * scale).ToArray();
        var ys = route.Select(p => p.Latitude).ToArray();
        var (minX, maxX, minY, maxY) = (xs.Min(), xs.Max(), ys.Min(), ys.Max());
        var span = Math.Max(Math.Max(maxX - minX, maxY - minY), 1e-9);
        const int size = 320;
        var points = new StringBuilder();
        for (var i = 0; i < route.Count; i++)
        {
            // Centre the shorter side so the route sits in the middle of the square.
            var x = 10 + ((xs[i] - minX) + (span - (maxX - minX)) / 2) / span * (size - 20);
            var y = size - 10 - ((ys[i] - minY) + (span - (maxY - minY)) / 2) / span * (size - 20);
            points.Append(CultureInfo.InvariantCulture, $"{x:F1},{y:F1} ");
        }

        var first = points.ToString().Split(' ')[0].Split(',');
        return $"""
            <svg class="route" viewBox="0 0 {size} {size}" role="img" aria-label="{WebUtility.HtmlEncode(label)}">
            <title>{WebUtility.HtmlEncode(label)}</title>
            <polyline fill="none" stroke="currentColor" stroke-width="3" stroke-linejoin="round" points="{points}" />
            <circle cx="{first[0]}" cy="{first[1]}" r="5" class="route-start" />
            </svg>
            """;
    }

    private static (double Min, double Max) Range(double[] values)
    {
        Array.Sort(values);
        // Ignore the extreme 1% at each end: one GPS glitch should not flatten the whole chart.
        var lo = values[(int)(values.Length * 0.01)];
        var hi = values[Math.Min(values.Length - 1, (int)(values.Length * 0.99))];
        return (lo, hi);
    }

    /// <summary>Minutes as m:ss, for pace axes.</summary>
    public static string MinutesAndSeconds(double minutes)
    {
        var seconds = (int)Math.Round(minutes * 60);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:00}");
    }

    private static string Format(double value) => value.ToString(Math.Abs(value) >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture);
}
