using System.Globalization;
using Harrier.Core.Activities;

namespace Harrier.Import.Fit;

/// <summary>Turns FIT "system time" (seconds since the device powered on) into clock time, or drops it: never a 1989 date.</summary>
/// <remarks>
/// The FIT protocol counts <c>date_time</c> from 1989-12-31T00:00:00Z, but a value below <see cref="AbsoluteMinimum"/>
/// (0x10000000, mid-1998) is the seconds since the device was switched on, written by devices that had no clock time yet.
/// Such times are anchored on <c>file_id.time_created</c> when that one is a real clock time (taken as the moment counting
/// began), with an issue saying so; without an anchor they are removed, so the activity has no start rather than a wrong one.
/// </remarks>
internal static class FitRelativeTime
{
    /// <summary>The smallest FIT date_time that is a clock time.</summary>
    public const uint AbsoluteMinimum = 0x10000000;

    /// <summary><see cref="AbsoluteMinimum"/> as a UTC time: the FIT epoch plus 2^28 seconds (July 1998).</summary>
    public static readonly DateTime FirstClockTime = FitProfile.ToUtc(AbsoluteMinimum);

    private static readonly DateTime Epoch = FitProfile.ToUtc(0);

    public static bool IsClockTime(DateTime? time) => time >= FirstClockTime;

    /// <summary>Anchors or removes relative times in the decoded data; adds one issue when it changed anything.</summary>
    public static void Apply(FitActivityCollector c, List<ParseIssue> issues)
    {
        if (!HasRelativeTimes(c))
        {
            return;
        }

        if (c.TimeCreated is { } created && IsClockTime(created))
        {
            Shift(c, created - Epoch);
            issues.Add(new ParseIssue(string.Create(CultureInfo.InvariantCulture,
                $"The file's times count seconds from the device's power-on, not clock time; they were anchored on the file's creation time ({created:yyyy-MM-dd HH:mm:ss} UTC)")));
        }
        else
        {
            Shift(c, null);
            issues.Add(new ParseIssue("The file's times count seconds from the device's power-on and it holds no clock time to anchor them; the start is unknown"));
        }
    }

    private static bool HasRelativeTimes(FitActivityCollector c)
    {
        foreach (var s in c.Samples)
        {
            if (s.HasTime)
            {
                return !IsClockTime(s.TimeUtc);
            }
        }

        return c.Sessions.Concat(c.Laps).Any(t => t.StartUtc is { } start && start != DateTime.MinValue && !IsClockTime(start));
    }

    /// <summary>Moves relative times by <paramref name="offset"/>, or clears them when it is null.</summary>
    private static void Shift(FitActivityCollector c, TimeSpan? offset)
    {
        DateTime? Fix(DateTime? time) => time is { } t && t != DateTime.MinValue && !IsClockTime(t) ? (offset is { } o ? t + o : null) : time;

        var samples = c.WritableSamples;
        for (var i = 0; i < samples.Length; i++)
        {
            if (samples[i].HasTime && !IsClockTime(samples[i].TimeUtc))
            {
                samples[i] = samples[i] with { TimeUtc = Fix(samples[i].TimeUtc) ?? DateTime.MinValue };
            }
        }

        Replace(c.Sessions, t => t with { StartUtc = Fix(t.StartUtc) });
        Replace(c.Laps, t => t with { StartUtc = Fix(t.StartUtc) });
        Replace(c.Pauses, p => new TimerPause(Fix(p.StopUtc) ?? DateTime.MinValue, Fix(p.StartUtc)));
        if (!IsClockTime(c.TimeCreated))
        {
            c.SetTimeCreated(null);
        }
    }

    private static void Replace<T>(List<T> list, Func<T, T> change)
    {
        for (var i = 0; i < list.Count; i++)
        {
            list[i] = change(list[i]);
        }
    }
}
