using System.Globalization;
using System.Net;
using System.Text;

namespace Harrier.Web.Features.Load;

/// <summary>Server-drawn SVG charts for the load page: weekly bars and daily lines, each with a text summary as its accessible name.</summary>
/// <remarks>
/// The SVGs keep their aspect ratio so labels stay legible when the chart shrinks on a phone; the same numbers are always in a
/// table next to the chart, so nothing is only visible in a picture.
/// </remarks>
public static class LoadCharts
{
    private const int Width = 640;
    private const int Height = 220;
    private const int Left = 64;
    private const int Right = 8;
    private const int Top = 12;
    private const int Bottom = 28;

    /// <summary>One bar: its label under the axis, its value, and whether it is planned (drawn outlined) rather than done.</summary>
    public readonly record struct Bar(string Label, double Value, bool Planned = false);

    /// <summary>One line of a line chart: its name, its CSS class and a value per day (null where it has none).</summary>
    public sealed record Line(string Name, string CssClass, IReadOnlyList<double?> Values);

    /// <summary>A bar chart; <paramref name="summary"/> becomes its accessible name and tooltip.</summary>
    public static string Bars(IReadOnlyList<Bar> bars, string summary, Func<double, string> format)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(format);
        if (bars.Count == 0)
        {
            return "";
        }

        var max = Math.Max(bars.Max(b => b.Value), 1e-9);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = (double)plotWidth / bars.Count;
        var labelEvery = (int)Math.Ceiling(bars.Count / 8.0);
        var svg = Open(summary);
        Axis(svg, format(max), format(0));
        for (var i = 0; i < bars.Count; i++)
        {
            var h = bars[i].Value / max * plotHeight;
            var x = Left + i * slot + slot * 0.15;
            svg.Append(CultureInfo.InvariantCulture,
                $"""<rect class="{(bars[i].Planned ? "bar planned" : "bar")}" x="{x:F1}" y="{Top + plotHeight - h:F1}" """ +
                $"""width="{slot * 0.7:F1}" height="{h:F1}" />""");
            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"""<text x="{x + slot * 0.35:F1}" y="{Height - 8}" font-size="12" text-anchor="middle">{Encode(bars[i].Label)}</text>""");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>A line chart over consecutive days, with a zero line when values go negative.</summary>
    public static string Lines(IReadOnlyList<Line> lines, IReadOnlyList<string> dayLabels, string summary)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(dayLabels);
        var values = lines.SelectMany(l => l.Values).OfType<double>().ToArray();
        if (dayLabels.Count < 2 || values.Length == 0)
        {
            return "";
        }

        var (min, max) = (Math.Min(0, values.Min()), Math.Max(values.Max(), 1e-9));
        var span = Math.Max(max - min, 1e-9);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (double)i / (dayLabels.Count - 1) * plotWidth;
        double Y(double v) => Top + (1 - (v - min) / span) * plotHeight;
        var svg = Open(summary);
        Axis(svg, Number(max), Number(min));
        if (min < 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<line class="zero" x1="{Left}" x2="{Width - Right}" y1="{Y(0):F1}" y2="{Y(0):F1}" />""");
        }

        foreach (var line in lines)
        {
            var points = new StringBuilder();
            for (var i = 0; i < line.Values.Count && i < dayLabels.Count; i++)
            {
                if (line.Values[i] is { } v)
                {
                    points.Append(CultureInfo.InvariantCulture, $"{X(i):F1},{Y(v):F1} ");
                }
            }

            svg.Append(CultureInfo.InvariantCulture, $"""<polyline class="line {line.CssClass}" fill="none" points="{points}" />""");
        }

        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left}" y="{Height - 8}" font-size="12">{Encode(dayLabels[0])}</text>""");
        svg.Append(CultureInfo.InvariantCulture,
            $"""<text x="{Width - Right}" y="{Height - 8}" font-size="12" text-anchor="end">{Encode(dayLabels[^1])}</text>""");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>A number for labels: no decimals from 100 up, one below.</summary>
    public static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "F0" : "F1", CultureInfo.InvariantCulture);

    private static StringBuilder Open(string summary) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"""<svg class="load-chart" viewBox="0 0 {Width} {Height}" role="img" aria-label="{Encode(summary)}"><title>{Encode(summary)}</title>""");

    private static void Axis(StringBuilder svg, string top, string bottom)
    {
        svg.Append(CultureInfo.InvariantCulture, $"""<line class="axis" x1="{Left}" x2="{Left}" y1="{Top}" y2="{Height - Bottom}" />""");
        const int Base = Height - Bottom;
        svg.Append(CultureInfo.InvariantCulture, $"""<line class="axis" x1="{Left}" x2="{Width - Right}" y1="{Base}" y2="{Base}" />""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 4}" y="{Top + 10}" font-size="12" text-anchor="end">{Encode(top)}</text>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{Left - 4}" y="{Base}" font-size="12" text-anchor="end">{Encode(bottom)}</text>""");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
