using System.Globalization;
using Harrier.Data.GroupRuns;

namespace Harrier.Web.Features.GroupRuns;

/// <summary>How group-run pages write times, answers and attendance.</summary>
public static class GroupRunText
{
    /// <summary>"Wed 13 Jan 2027, 06:00".</summary>
    public static string When(DateTimeOffset local) => local.ToString("ddd d MMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"06:25", or "–" for none.</summary>
    public static string Clock(DateTimeOffset? local) => local?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>"25:00" or "1:05:00" for a number of seconds.</summary>
    public static string Minutes(int seconds) => Core.Units.DurationText.Format(TimeSpan.FromSeconds(seconds));

    /// <summary>"Yes", "No", "Maybe", "No answer yet".</summary>
    public static string Words(this RsvpAnswer answer) => answer switch
    {
        RsvpAnswer.Yes => "Yes",
        RsvpAnswer.No => "No",
        RsvpAnswer.Maybe => "Maybe",
        _ => "No answer yet",
    };

    /// <summary>"Came: done", "Came: cut short", "Came: it hurt (6/10)", "Did not come".</summary>
    public static string Words(this Attendance attendance, int? pain) => attendance switch
    {
        Attendance.Done => "Came: done",
        Attendance.CutShort => "Came: cut short",
        Attendance.Hurt => string.Create(CultureInfo.InvariantCulture, $"Came: it hurt ({pain}/10)"),
        _ => "Did not come",
    };

    /// <summary>"3 yes · 1 maybe · 1 no · 2 not answered".</summary>
    public static string Answers(GroupRunDetails run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var parts = new List<string>();
        foreach (var (answer, word) in new[] { (RsvpAnswer.Yes, "yes"), (RsvpAnswer.Maybe, "maybe"), (RsvpAnswer.No, "no"), (RsvpAnswer.None, "not answered") })
        {
            if (run.Count(answer) is > 0 and var n)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{n} {word}"));
            }
        }

        return parts.Count == 0 ? "Nobody invited yet" : string.Join(" · ", parts);
    }

    /// <summary>"5.2 km, 34 m climb" in the reader's unit.</summary>
    public static string Route(double meters, double ascentMeters, Core.Units.DistanceUnit unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{Core.Units.Distance.FromMeters(meters).Format(unit)}, {Math.Round(ascentMeters):0} m climb");
}
