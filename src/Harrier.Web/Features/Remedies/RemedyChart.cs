using System.Globalization;
using System.Net;
using System.Text;
using Harrier.Core.Remedies;

namespace Harrier.Web.Features.Remedies;

/// <summary>
/// The pain-versus-load chart of an experiment, drawn on the server: the remedy periods shaded, the washout days hatched, daily run
/// load as bars against the right-hand axis and morning pain (0–10) as dots joined on consecutive days against the left-hand axis,
/// all on one time axis from the first day to the last.
/// </summary>
/// <remarks>
/// No scripts: the SVG keeps its aspect ratio, its accessible name is a sentence with the averages, and the page always shows the
/// same numbers in a table, so nothing is only visible in the picture.
/// </remarks>
public static class RemedyChart
{
    private const int Width = 640;
    private const int Height = 280;
    private const int Left = 34;
    private const int Right = 52;
    private const int Top = 16;
    private const int Bottom = 34;
    private const int FontSize = 16;
    private const int PlotWidth = Width - Left - Right;
    private const int PlotHeight = Height - Top - Bottom;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Draw(RemedyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var design = report.Design;
        var total = design.End.DayNumber - design.Start.DayNumber + 1;
        var slot = (double)PlotWidth / total;
        double X(DateOnly day) => Left + ((day.DayNumber - design.Start.DayNumber) * slot);
        var maxLoad = report.Days.Select(d => d.Load).DefaultIfEmpty(0).Max();
        var summary = Summary(report);
        var svg = new StringBuilder().Append(Invariant,
            $"""<svg class="remedy-chart" viewBox="0 0 {Width} {Height}" role="img" aria-label="{Encode(summary)}"><title>{Encode(summary)}</title>""");
        svg.Append("""<defs><pattern id="washout-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">""")
            .Append("""<line class="hatch" x1="0" y1="0" x2="0" y2="6" /></pattern></defs>""");
        foreach (var period in design.Periods)
        {
            var cls = period.Arm == ExperimentArm.Remedy ? "band band-remedy" : "band band-control";
            svg.Append(Invariant, $"""<rect class="{cls}" x="{X(period.Start):F1}" y="{Top}" width="{(period.End.DayNumber - period.Start.DayNumber + 1) * slot:F1}" height="{PlotHeight}" />""");
            var washout = (period.ScoredFrom.DayNumber - period.Start.DayNumber) * slot;
            if (washout > 0)
            {
                svg.Append(Invariant, $"""<rect class="band-washout" fill="url(#washout-hatch)" x="{X(period.Start):F1}" y="{Top}" width="{washout:F1}" height="{PlotHeight}" />""");
            }
        }

        foreach (var day in report.Days.Where(d => d.Load > 0))
        {
            var h = day.Load / maxLoad * PlotHeight;
            svg.Append(Invariant,
                $"""<rect class="load-bar" x="{X(day.Day) + slot * 0.2:F1}" y="{Top + PlotHeight - h:F1}" width="{Math.Max(slot * 0.6, 1):F1}" height="{h:F1}" />""");
        }

        Pain(svg, report.Days, d => X(d) + slot / 2);
        Axes(svg, maxLoad, design);
        return svg.Append("</svg>").ToString();
    }

    /// <summary>The chart's accessible name: what it shows and the average scored pain in each arm so far.</summary>
    public static string Summary(RemedyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var design = report.Design;
        var head = string.Create(Invariant,
            $"Morning pain (0–10) and daily run load from {design.Start:d MMM yyyy} to {design.End:d MMM yyyy}, remedy periods shaded");
        var remedy = Average(report.Days.Where(d => d.Scored && d.Period!.Arm == ExperimentArm.Remedy));
        var control = Average(report.Days.Where(d => d.Scored && d.Period!.Arm == ExperimentArm.Control));
        return remedy is null && control is null
            ? head + ". No counted check-ins yet."
            : head + string.Create(Invariant, $". Average counted morning pain so far: {Text(remedy)} with the remedy, {Text(control)} without.");
    }

    private static void Pain(StringBuilder svg, IReadOnlyList<RemedyDay> days, Func<DateOnly, double> x)
    {
        static double Y(int pain) => Top + ((10 - pain) / 10.0 * PlotHeight);
        var segment = new List<string>();
        void Flush()
        {
            if (segment.Count > 1)
            {
                svg.Append(Invariant, $"""<polyline class="pain-line" fill="none" points="{string.Join(' ', segment)}" />""");
            }

            segment.Clear();
        }

        foreach (var day in days)
        {
            if (day.Pain is not { } pain)
            {
                Flush();
                continue;
            }

            segment.Add(string.Create(Invariant, $"{x(day.Day):F1},{Y(pain):F1}"));
            svg.Append(Invariant, $"""<circle class="{(day.Scored ? "pain-dot" : "pain-dot washout")}" cx="{x(day.Day):F1}" cy="{Y(pain):F1}" r="3" />""");
        }

        Flush();
    }

    private static void Axes(StringBuilder svg, double maxLoad, RemedyExperimentDesign design)
    {
        const int Base = Top + PlotHeight;
        svg.Append(Invariant, $"""<line class="axis" x1="{Left}" x2="{Left}" y1="{Top}" y2="{Base}" />""")
            .Append(Invariant, $"""<line class="axis" x1="{Width - Right}" x2="{Width - Right}" y1="{Top}" y2="{Base}" />""")
            .Append(Invariant, $"""<line class="axis" x1="{Left}" x2="{Width - Right}" y1="{Base}" y2="{Base}" />""")
            .Append(Invariant, $"""<text x="{Left - 4}" y="{Top + 12}" font-size="{FontSize}" text-anchor="end">10</text>""")
            .Append(Invariant, $"""<text x="{Left - 4}" y="{Base}" font-size="{FontSize}" text-anchor="end">0</text>""")
            .Append(Invariant, $"""<text x="{Width - Right + 4}" y="{Top + 12}" font-size="{FontSize}">{(maxLoad > 0 ? maxLoad.ToString("F0", Invariant) : "")}</text>""")
            .Append(Invariant, $"""<text x="{Width - Right + 4}" y="{Top + 30}" font-size="{FontSize}">AU</text>""")
            .Append(Invariant, $"""<text x="{Width - Right + 4}" y="{Base}" font-size="{FontSize}">0</text>""")
            .Append(Invariant, $"""<text x="{Left}" y="{Height - 10}" font-size="{FontSize}">{Encode(design.Start.ToString("d MMM", Invariant))}</text>""")
            .Append(Invariant,
                $"""<text x="{Width - Right}" y="{Height - 10}" font-size="{FontSize}" text-anchor="end">{Encode(design.End.ToString("d MMM", Invariant))}</text>""");
    }

    private static double? Average(IEnumerable<RemedyDay> days)
    {
        var pains = days.Where(d => d.Pain is not null).Select(d => (double)d.Pain!.Value).ToArray();
        return pains.Length == 0 ? null : pains.Average();
    }

    private static string Text(double? pain) => pain is { } p ? p.ToString("0.0", Invariant) : "no data";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
