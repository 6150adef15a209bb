using System.Xml;
using Harrier.Core.Activities;

namespace Harrier.Import.Tcx;

public sealed partial class TcxParser
{
    private bool ReadLapValue(XmlReader reader, string name)
    {
        if ((object)name == _n.Track)
        {
            BeginSegment();
            return false;
        }

        if ((object)name == _n.AverageHeartRateBpm || (object)name == _n.MaximumHeartRateBpm)
        {
            _valueTarget = name;
            return false;
        }

        ref var lap = ref _lap;
        double Value() => ReadNumber(reader);
        if ((object)name == _n.TotalTimeSeconds)
        {
            lap.TimerSeconds = Value();
        }
        else if ((object)name == _n.DistanceMeters)
        {
            lap.Distance = Value();
        }
        else if ((object)name == _n.Calories)
        {
            lap.Calories = Value();
        }
        else if ((object)name == _n.MaximumSpeed)
        {
            lap.MaxSpeed = Value();
        }
        else if ((object)name == _n.Cadence || (object)name == _n.AvgRunCadence)
        {
            lap.Cadence = Value();
        }
        else if ((object)name == _n.Value && (object?)_valueTarget == _n.AverageHeartRateBpm)
        {
            lap.AverageHeartRate = Value();
        }
        else if ((object)name == _n.Value && (object?)_valueTarget == _n.MaximumHeartRateBpm)
        {
            lap.MaxHeartRate = Value();
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>One TCX Activity (or Course) ends: its samples and laps make one activity, its laps' totals its session.</summary>
    private void CloseSession(bool planned)
    {
        var laps = _laps.Skip(_sessionLapStart).ToList();
        var (first, end) = (_sessionSampleStart, Samples.Count);
        var timed = Samples.Skip(first).Where(s => s.HasTime).Select(s => s.TimeUtc).ToList();
        var totals = laps.Count == 0 ? null : new ActivityTotals
        {
            Sport = _sport,
            StartUtc = laps[0].StartUtc,
            ElapsedTime = timed.Count > 1 && timed[^1] > timed[0] ? timed[^1] - timed[0] : null,
            TimerTime = laps.All(l => l.TimerTime is not null) && laps.Sum(l => l.TimerTime!.Value.TotalSeconds) is var timer && timer <= 1e9
                ? TimeSpan.FromSeconds(timer) : null,
            DistanceMeters = laps.All(l => l.DistanceMeters is not null) ? laps.Sum(l => l.DistanceMeters!.Value) : null,
            MaxHeartRate = laps.Max(l => l.MaxHeartRate),
            Calories = laps.All(l => l.Calories is not null) ? laps.Sum(l => l.Calories!.Value) : null,
        };
        _sessions.Add(new TcxSession(first, end, _sessionLapStart, _laps.Count, _sport, totals, planned));
        (_sessionLapStart, _sessionSampleStart) = (_laps.Count, end);
    }

    protected override ActivityParseResult Build()
    {
        if (Samples.Count == 0)
        {
            Issues.Add(new ParseIssue("The file has no track points"));
        }

        if (_sessions.Any(s => s.Planned))
        {
            Issues.Add(new ParseIssue("The file is a planned course, not a recorded activity"));
        }

        if (_sessions.Count == 0 || _sessionSampleStart < Samples.Count)
        {
            CloseSession(planned: false); // an Activity cut off before its end, or track points outside any Activity
        }

        var activities = new List<Activity>(_sessions.Count);
        foreach (var s in _sessions)
        {
            activities.Add(new Activity
            {
                Format = ActivityFormat.Tcx,
                Sport = s.Sport,
                StartUtc = s.Totals?.StartUtc is { } start && start != DateTime.MinValue ? start : FirstTime(s.SampleStart, s.SampleEnd),
                Samples = SamplesBetween(s.SampleStart, s.SampleEnd),
                SegmentStarts = SegmentStartsBetween(s.SampleStart, s.SampleEnd),
                Laps = _laps.GetRange(s.LapStart, s.LapEnd - s.LapStart),
                Sessions = s.Totals is { } totals ? [totals] : [],
                Creator = _creator,
                Name = _name,
                Planned = s.Planned,
                CutShort = CutShort && ReferenceEquals(s, _sessions[^1]),
            });
        }

        return Finish(activities);
    }

    private sealed record TcxSession(
        int SampleStart, int SampleEnd, int LapStart, int LapEnd, ActivitySport Sport, ActivityTotals? Totals, bool Planned);
}
