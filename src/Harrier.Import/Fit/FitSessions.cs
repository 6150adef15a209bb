using Harrier.Core.Activities;

namespace Harrier.Import.Fit;

/// <summary>Splits a decoded FIT stream into one activity per session (a triathlon's swim, transitions, ride and run; two runs).</summary>
/// <remarks>
/// Chained FIT files are separate recordings and are split first. Within one file, sessions are ordered by start time and
/// each owns the samples, laps, timer pauses and R-R intervals from its start to the next session's start (anything before
/// the first session belongs to the first). A file with one session, none, or a session without a start time is one
/// activity with everything in it; a chained file with neither samples nor sessions adds nothing.
/// </remarks>
internal static class FitSessions
{
    public static List<Activity> Split(FitActivityCollector c, bool truncated)
    {
        var template = new Activity
        {
            Format = ActivityFormat.Fit,
            DeveloperFields = [.. c.DeveloperFields.Where(f => f.Count > 0).Select(Summarize)],
            Creator = c.Creator,
            Name = c.SportName,
            FitFileType = c.FileType,
            UtcOffset = c.UtcOffset,
        };
        var marks = c.Files.Count > 0 ? c.Files : [new FitFileMark(0, 0, 0, 0, 0)];
        var end = new FitFileMark(c.Samples.Length, c.Laps.Count, c.Sessions.Count, c.Pauses.Count, c.RrMarks.Count);
        var activities = new List<Activity>();
        for (var f = 0; f < marks.Count; f++)
        {
            var part = new Part(c, marks[f], f + 1 < marks.Count ? marks[f + 1] : end);
            if (part.Samples.IsEmpty && part.Sessions.Count == 0 && (marks.Count > 1 || activities.Count > 0))
            {
                continue;
            }

            var cut = truncated && f == marks.Count - 1;
            activities.AddRange(part.Sessions.Count <= 1 || part.Sessions.Any(s => s.StartUtc is null)
                ? [Whole(c, part, template, cut)]
                : ByTime(c, part, template, cut));
        }

        return activities.Count > 0 ? activities : [Whole(c, new Part(c, marks[0], end), template, truncated)];
    }

    private static Activity Whole(FitActivityCollector c, Part part, Activity template, bool cut) => template with
    {
        Sport = SportOf(part.Sessions, c.Sport),
        StartUtc = StartOf(part, c.TimeCreated),
        Samples = part.Samples.ToArray(),
        Laps = part.Laps,
        Sessions = part.Sessions,
        TimerPauses = part.Pauses,
        RrIntervalsSeconds = RrOf(c, part, _ => true),
        CutShort = cut,
    };

    private static List<Activity> ByTime(FitActivityCollector c, Part part, Activity template, bool cut)
    {
        var sessions = part.Sessions.OrderBy(s => s.StartUtc).ToList();
        var starts = sessions.Select(s => s.StartUtc!.Value).ToArray();
        var samples = part.Samples;
        var owner = new int[samples.Length];
        var counts = new int[sessions.Count];
        var current = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            current = samples[i].HasTime ? SessionAt(starts, samples[i].TimeUtc) : current;
            owner[i] = current;
            counts[current]++;
        }

        var activities = new List<Activity>(sessions.Count);
        for (var k = 0; k < sessions.Count; k++)
        {
            var session = k;
            activities.Add(template with
            {
                Sport = sessions[k].Sport,
                StartUtc = starts[k],
                Samples = Take(samples, owner, k, counts[k]),
                Laps = [.. part.Laps.Where(l => SessionAt(starts, l.StartUtc ?? starts[0]) == session)],
                Sessions = [sessions[k]],
                TimerPauses = [.. part.Pauses.Where(p => SessionAt(starts, p.StopUtc) == session)],
                RrIntervalsSeconds = RrOf(c, part, sample => owner.Length > 0 && owner[Math.Min(sample, owner.Length - 1)] == session),
                CutShort = cut && k == sessions.Count - 1,
            });
        }

        return activities;
    }

    /// <summary>The last session starting at or before <paramref name="time"/> (the first for anything earlier).</summary>
    private static int SessionAt(DateTime[] starts, DateTime time)
    {
        var index = Array.BinarySearch(starts, time);
        if (index < 0)
        {
            return Math.Max(0, ~index - 1);
        }

        while (index + 1 < starts.Length && starts[index + 1] == starts[index])
        {
            index++;
        }

        return index;
    }

    private static ActivitySample[] Take(ReadOnlySpan<ActivitySample> samples, int[] owner, int session, int count)
    {
        var result = new ActivitySample[count];
        var n = 0;
        for (var i = 0; i < samples.Length && n < count; i++)
        {
            if (owner[i] == session)
            {
                result[n++] = samples[i];
            }
        }

        return result;
    }

    /// <summary>The R-R intervals of the part's hrv messages whose position (sample index within the part) passes <paramref name="owns"/>.</summary>
    private static double[] RrOf(FitActivityCollector c, Part part, Func<int, bool> owns)
    {
        var result = new List<double>();
        for (var m = part.Mark.RrMarks; m < part.Next.RrMarks; m++)
        {
            var (sample, rr) = c.RrMarks[m];
            var end = m + 1 < c.RrMarks.Count ? c.RrMarks[m + 1].Rr : c.RrIntervals.Count;
            if (owns(sample - part.Mark.Samples))
            {
                result.AddRange(c.RrIntervals.Skip(rr).Take(end - rr));
            }
        }

        return [.. result];
    }

    private static ActivitySport SportOf(IReadOnlyList<ActivityTotals> sessions, ActivitySport fromSportMessage)
    {
        var sports = sessions.Select(s => s.Sport).Where(s => s != ActivitySport.Unknown).Distinct().ToList();
        return sports.Count switch
        {
            0 => fromSportMessage,
            1 => sports[0],
            _ => ActivitySport.Multisport,
        };
    }

    private static DateTime? StartOf(Part part, DateTime? timeCreated)
    {
        var sessionStart = part.Sessions.Where(s => s.StartUtc is not null).Select(s => s.StartUtc).Min();
        if (sessionStart is not null)
        {
            return sessionStart;
        }

        foreach (var sample in part.Samples)
        {
            if (sample.HasTime)
            {
                return sample.TimeUtc;
            }
        }

        return FitRelativeTime.IsClockTime(timeCreated) ? timeCreated : null;
    }

    private static DeveloperFieldSummary Summarize(FitDeveloperField f) =>
        new(f.Name, f.Units, f.SeenInMessage, f.Count, f.Min, f.Max, f.Sum / f.Count);

    /// <summary>One chained file's share of the collector's lists.</summary>
    private readonly ref struct Part(FitActivityCollector c, FitFileMark mark, FitFileMark next)
    {
        public FitFileMark Mark { get; } = mark;

        public FitFileMark Next { get; } = next;

        public ReadOnlySpan<ActivitySample> Samples { get; } = c.Samples[mark.Samples..next.Samples];

        public List<ActivityTotals> Laps { get; } = c.Laps.GetRange(mark.Laps, next.Laps - mark.Laps);

        public List<ActivityTotals> Sessions { get; } = c.Sessions.GetRange(mark.Sessions, next.Sessions - mark.Sessions);

        public List<TimerPause> Pauses { get; } = c.Pauses.GetRange(mark.Pauses, next.Pauses - mark.Pauses);
    }
}
