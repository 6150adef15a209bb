using System.Globalization;
using Harrier.Core.Units;

namespace Harrier.Core.Activities;

/// <summary>
/// The one place that decides whether an activity read from a file is complete, partial or unusable. Every path (the CLI's
/// <c>inspect</c> and <c>import</c>, the upload page and the API) gets this verdict from the reader, which calls <see cref="Check"/>.
/// </summary>
/// <remarks>
/// In order: a planned route or course, a file without any recording and one without times are skipped; so are physically
/// impossible data (faster than <see cref="MaxHumanSpeed"/>, or a distance with no time), which mark the file as damaged.
/// An activity on foot (or of unknown sport) faster than <see cref="MaxOnFootSpeed"/>, or shorter than
/// <see cref="MinDuration"/> or <see cref="MinDistanceMeters"/>, is skipped as not a run. What remains is partial when the
/// FIT session summary is missing, the file is cut short, there are no samples behind a summary, or the samples cover less
/// than <see cref="MinCoverage"/> of the distance or time the summary states (and fall short by more than
/// <see cref="MinShortfallMeters"/> or <see cref="MinShortfall"/>); otherwise it is complete.
/// </remarks>
public static class ActivityPlausibility
{
    /// <summary>The shortest run worth a log entry.</summary>
    public static readonly TimeSpan MinDuration = TimeSpan.FromMinutes(1);

    /// <summary>The least distance of a run worth a log entry, metres.</summary>
    public const double MinDistanceMeters = 100;

    /// <summary>Average speed no run or walk reaches, m/s (45 km/h; the 100 m world record averages 10.4 m/s).</summary>
    public const double MaxOnFootSpeed = 12.5;

    /// <summary>Average speed no human-powered activity reaches, m/s (108 km/h): beyond it the data are damaged.</summary>
    public const double MaxHumanSpeed = 30;

    /// <summary>Samples covering less than this share of the summary's distance or time are a fragment of the activity.</summary>
    public const double MinCoverage = 0.8;

    /// <summary>A shortfall below this many metres is not a missing part, whatever the share.</summary>
    public const double MinShortfallMeters = 200;

    /// <summary>A shortfall below this much time is not a missing part, whatever the share.</summary>
    public static readonly TimeSpan MinShortfall = TimeSpan.FromMinutes(1);

    /// <summary>The verdict on <paramref name="activity"/>, whose metrics are <paramref name="metrics"/>.</summary>
    public static ActivityCheck Check(Activity activity, ActivityMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(metrics);
        if (NotARecording(activity) is { } notRecorded)
        {
            return ActivityCheck.Skip(notRecorded);
        }

        if (Impossible(metrics) is { } impossible)
        {
            return ActivityCheck.Skip(impossible, damaged: true);
        }

        if (activity.Sport.IsOnFoot() || activity.Sport == ActivitySport.Unknown)
        {
            var time = Longest(metrics);
            if (metrics.Distance.Meters / Math.Max(time, 1) > MaxOnFootSpeed)
            {
                var speed = Speed(metrics.Distance.Meters, time);
                return ActivityCheck.Skip(Text($"faster than anyone runs or walks ({Describe(metrics)}, {speed}): not a run"));
            }

            if (time < MinDuration.TotalSeconds || metrics.Distance.Meters < MinDistanceMeters)
            {
                return ActivityCheck.Skip(Text($"too short to be a run ({Describe(metrics)})"));
            }
        }

        var missing = Missing(activity, metrics);
        return missing.Count == 0 ? ActivityCheck.Complete : ActivityCheck.Partial(missing);
    }

    private static string? NotARecording(Activity activity) =>
        activity.Planned ? "a planned route or course, not a recorded activity"
        : activity.Samples.IsEmpty && activity.Sessions.Count == 0 ? "no recorded activity in this file (settings, workout or other data)"
        : activity.StartUtc is null ? "the file has no times, so it is not a recorded activity"
        : null;

    private static string? Impossible(ActivityMetrics m)
    {
        var time = Longest(m);
        var distance = Math.Max(m.Distance.Meters, m.SampleDistance.Meters);
        if (distance >= MinDistanceMeters && time <= 0)
        {
            return Text($"damaged: {Km(distance)} with no recorded time");
        }

        return distance / Math.Max(time, 1) > MaxHumanSpeed && distance >= MinDistanceMeters
            ? Text($"damaged: {Km(distance)} in {DurationText.Format(TimeSpan.FromSeconds(time))} ({Speed(distance, time)}) is impossible")
            : null;
    }

    private static List<string> Missing(Activity activity, ActivityMetrics m)
    {
        var missing = new List<string>();
        if (activity.Format == ActivityFormat.Fit && activity.Sessions.Count == 0 && activity.FitFileType is null or 4)
        {
            missing.Add("the session summary (the file may have been cut short)");
        }

        if (activity.CutShort)
        {
            missing.Add("the end of the recording (the file is cut short)");
        }

        if (SampleSpan(activity.Samples.Span) <= 0)
        {
            missing.Add("the recorded samples (the file holds only the summary)");
            return missing;
        }

        CoverageShortfall(activity, m, missing);
        return missing;
    }

    private static void CoverageShortfall(Activity activity, ActivityMetrics m, List<string> missing)
    {
        var samples = activity.Samples.Span;
        var summaryDistance = activity.Sessions.Sum(s => s.DistanceMeters ?? 0);
        var sampleDistance = m.SampleDistance.Meters;
        if (summaryDistance > 0 && MeasuresDistance(samples) && sampleDistance < MinCoverage * summaryDistance
            && summaryDistance - sampleDistance > MinShortfallMeters)
        {
            missing.Add(Text($"samples after {Km(sampleDistance)} of the {Km(summaryDistance)} the summary states"));
        }

        var summaryTime = activity.Sessions.Sum(s => (s.ElapsedTime ?? s.TimerTime ?? TimeSpan.Zero).TotalSeconds);
        var span = SampleSpan(samples);
        if (summaryTime > 0 && span < MinCoverage * summaryTime && summaryTime - span > MinShortfall.TotalSeconds)
        {
            missing.Add(Text($"samples after {Clock(span)} of the {Clock(summaryTime)} the summary states"));
        }
    }

    private static bool MeasuresDistance(ReadOnlySpan<ActivitySample> samples)
    {
        foreach (var s in samples)
        {
            if (s.HasDistance || s.HasPosition)
            {
                return true;
            }
        }

        return false;
    }

    private static double SampleSpan(ReadOnlySpan<ActivitySample> samples)
    {
        DateTime? first = null, last = null;
        foreach (var s in samples)
        {
            if (s.HasTime)
            {
                first ??= s.TimeUtc;
                last = last is { } latest && latest > s.TimeUtc ? latest : s.TimeUtc;
            }
        }

        return first is { } f && last is { } l ? (l - f).TotalSeconds : 0;
    }

    private static double Longest(ActivityMetrics m) =>
        Math.Max(m.ElapsedTime.TotalSeconds, Math.Max(m.TimerTime.TotalSeconds, m.MovingTime.TotalSeconds));

    private static string Describe(ActivityMetrics m) =>
        Text($"{DurationText.Format(TimeSpan.FromSeconds(Longest(m)))}, {Math.Round(m.Distance.Meters):N0} m");

    private static string Km(double meters) => Text($"{meters / 1000:N2} km");

    private static string Clock(double seconds) => DurationText.Format(TimeSpan.FromSeconds(seconds));

    private static string Speed(double meters, double seconds) => Text($"an average of {meters / Math.Max(seconds, 1) * 3.6:N0} km/h");

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
