using System.Xml;
using Harrier.Core.Activities;

namespace Harrier.Import.Tcx;

public sealed partial class TcxParser
{
    private bool ReadLapValue(XmlReader reader, string name)
    {
        if ((object)name == _n.Track)
        {
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
        else if ((object)name == _n.Cadence)
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

    /// <summary>One TCX Activity ends: its laps make one session.</summary>
    private void CloseSession()
    {
        var laps = _laps.Skip(_sessionLapStart).ToList();
        var first = _sessionSampleStart;
        _sessionLapStart = _laps.Count;
        _sessionSampleStart = Samples.Count;
        if (laps.Count == 0)
        {
            return;
        }

        var timed = Samples.Skip(first).Where(s => s.HasTime).Select(s => s.TimeUtc).ToList();

        _sessions.Add(new ActivityTotals
        {
            Sport = _sport,
            StartUtc = laps[0].StartUtc,
            ElapsedTime = timed.Count > 1 && timed[^1] > timed[0] ? timed[^1] - timed[0] : null,
            TimerTime = laps.All(l => l.TimerTime is not null) && laps.Sum(l => l.TimerTime!.Value.TotalSeconds) is var timer && timer <= 1e9
                ? TimeSpan.FromSeconds(timer) : null,
            DistanceMeters = laps.All(l => l.DistanceMeters is not null) ? laps.Sum(l => l.DistanceMeters!.Value) : null,
            MaxHeartRate = laps.Max(l => l.MaxHeartRate),
            Calories = laps.All(l => l.Calories is not null) ? laps.Sum(l => l.Calories!.Value) : null,
        });
    }

    protected override ActivityParseResult Build()
    {
        if (Samples.Count == 0)
        {
            Issues.Add(new ParseIssue("The file has no track points"));
        }
        else if (_sessions.Count == 0 && _courses > 0)
        {
            // A course is a plan: its times are synthetic, so only the route is kept.
            for (var i = 0; i < Samples.Count; i++)
            {
                Samples[i] = Samples[i] with { TimeUtc = DateTime.MinValue };
            }

            Issues.Add(new ParseIssue("The file is a planned course, not a recorded activity; only its route was used"));
        }

        var sports = _sessions.Select(s => s.Sport).Distinct().ToList();
        var activity = new Activity
        {
            Format = ActivityFormat.Tcx,
            Sport = sports.Count > 1 ? ActivitySport.Multisport : sports.Count == 1 ? sports[0] : _sport,
            StartUtc = _sessions.Count > 0 && _sessions[0].StartUtc is { } start && start != DateTime.MinValue ? start : FirstTime(),
            Samples = Samples.ToArray(),
            Laps = [.. _laps],
            Sessions = [.. _sessions],
            Creator = _creator,
            Name = _name,
        };
        return ActivityParseResult.Success(activity, [.. Issues]);
    }
}
