using Harrier.Core.Activities;

namespace Harrier.Import.Fit;

/// <summary>Reads FIT files into an <see cref="Activity"/>, using a <see cref="FitDecoder"/>.</summary>
/// <remarks>Keeps one decoder so its buffers are reused; not thread-safe (create one parser per thread).</remarks>
public sealed class FitParser : IActivityParser
{
    private readonly FitDecoder _decoder = new();

    public ActivityParseResult Parse(ReadOnlySpan<byte> data)
    {
        if (!_decoder.Decode(data))
        {
            return new ActivityParseResult(null, [.. _decoder.Issues], _decoder.Error);
        }

        var c = _decoder.Collector;
        var issues = new List<ParseIssue>(_decoder.Issues);
        if (c.Samples.IsEmpty && c.Sessions.Count == 0)
        {
            var type = c.FileType?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";
            issues.Add(new ParseIssue($"The file holds no activity samples (FIT file type {type})"));
        }

        else if (c.Sessions.Count == 0 && c.FileType is null or 4)
        {
            issues.Add(new ParseIssue("The activity has no session summary; the file may have been cut short"));
        }

        var activity = new Activity
        {
            Format = ActivityFormat.Fit,
            Sport = SportOf(c),
            StartUtc = StartOf(c),
            Samples = c.Samples.ToArray(),
            Laps = [.. c.Laps],
            Sessions = [.. c.Sessions],
            TimerPauses = [.. c.Pauses],
            RrIntervalsSeconds = [.. c.RrIntervals],
            DeveloperFields = [.. c.DeveloperFields.Where(f => f.Count > 0).Select(Summarize)],
            Creator = c.Creator,
            Name = c.SportName,
            FitFileType = c.FileType,
            UtcOffset = c.UtcOffset,
        };
        return ActivityParseResult.Success(activity, issues);
    }

    private static ActivitySport SportOf(FitActivityCollector c)
    {
        var sports = c.Sessions.Select(s => s.Sport).Where(s => s != ActivitySport.Unknown).Distinct().ToList();
        return sports.Count switch
        {
            0 => c.Sport,
            1 => sports[0],
            _ => ActivitySport.Multisport,
        };
    }

    private static DateTime? StartOf(FitActivityCollector c)
    {
        var sessionStart = c.Sessions.Where(s => s.StartUtc is not null).Select(s => s.StartUtc).Min();
        if (sessionStart is not null)
        {
            return sessionStart;
        }

        foreach (var sample in c.Samples)
        {
            if (sample.HasTime)
            {
                return sample.TimeUtc;
            }
        }

        return c.TimeCreated;
    }

    private static DeveloperFieldSummary Summarize(FitDeveloperField f) =>
        new(f.Name, f.Units, f.SeenInMessage, f.Count, f.Min, f.Max, f.Sum / f.Count);
}
