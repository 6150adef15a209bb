using System.Xml;
using Harrier.Core.Activities;
using Harrier.Import.Xml;

namespace Harrier.Import.Gpx;

/// <summary>Reads GPX 1.0 and 1.1 tracks with Garmin TrackPointExtension heart rate and cadence, one activity per outing.</summary>
/// <remarks>
/// Elements are matched by local name, so any namespace prefix works for extensions (gpxtpx:hr, ns3:cad, plain hr).
/// Tracks (<c>trk</c>) recorded more than <see cref="SeparateOutingGap"/> apart, or of different sports, are separate
/// activities; the segments (<c>trkseg</c>) of one outing are kept apart so the line across a gap is not distance.
/// Route points (<c>rte</c>) are a plan, never read as if run: a file with only a route gives a planned activity without
/// samples, unless the parser is made to read routes (for a group run's route), when each route is read like a track.
/// Not thread-safe; create one per thread.
/// </remarks>
public sealed class GpxParser : XmlActivityParser
{
    /// <summary>Tracks further apart in time than this are separate outings (a morning and an evening run in one file).</summary>
    public static readonly TimeSpan SeparateOutingGap = TimeSpan.FromHours(1);

    private readonly string _lat, _lon, _trkpt, _rtept, _rte, _trk, _trkseg, _ele, _time, _name, _type;
    private readonly bool _readRoutes;
    private readonly string _hr, _heartrate, _cad, _cadence, _speed, _power, _gpx;
    private readonly List<Outing> _outings = [];
    private XmlPoint _point;
    private bool _inPoint, _inTrack, _trackStarting;
    private int _segments, _routePoints;
    private string? _creator, _trackName, _trackType;

    /// <summary>A parser for recorded activities; with <paramref name="readRoutes"/>, routes (<c>rte</c>) are read as tracks too.</summary>
    public GpxParser(bool readRoutes = false)
    {
        _readRoutes = readRoutes;
        _rte = Names.Add("rte");
        _lat = Names.Add("lat");
        _lon = Names.Add("lon");
        _trkpt = Names.Add("trkpt");
        _rtept = Names.Add("rtept");
        _trk = Names.Add("trk");
        _trkseg = Names.Add("trkseg");
        _ele = Names.Add("ele");
        _time = Names.Add("time");
        _name = Names.Add("name");
        _type = Names.Add("type");
        _hr = Names.Add("hr");
        _heartrate = Names.Add("heartrate");
        _cad = Names.Add("cad");
        _cadence = Names.Add("cadence");
        _speed = Names.Add("speed");
        _power = Names.Add("power");
        _gpx = Names.Add("gpx");
    }

    /// <summary>Number of track segments in the last file read.</summary>
    public int SegmentCount => _segments;

    protected override void Read(XmlReader reader)
    {
        _outings.Clear();
        _inPoint = _inTrack = _trackStarting = false;
        _segments = _routePoints = 0;
        _creator = _trackName = _trackType = null;
        reader.MoveToContent();
        while (!reader.EOF)
        {
            Tick();
            if (reader.NodeType == XmlNodeType.Element && OnElement(reader))
            {
                continue;
            }

            if (reader.NodeType == XmlNodeType.EndElement)
            {
                OnEndElement(reader.LocalName);
            }

            reader.Read();
        }
    }

    /// <summary>Handles a start element; returns true when it consumed the element (reader already moved on).</summary>
    private bool OnElement(XmlReader reader)
    {
        var name = reader.LocalName;
        if ((object)name == _trkpt || (object)name == _rtept)
        {
            _point.Reset();
            (_point.Latitude, _point.Longitude) = ReadAttributeNumbers(reader, _lat, _lon);
            _inPoint = (object)name == _trkpt || _readRoutes;
            _routePoints += (object)name == _rtept ? 1 : 0;
            if (_inPoint && reader.IsEmptyElement)
            {
                OnEndElement(name);
            }

            return false;
        }

        if (_inPoint)
        {
            return ReadPointValue(reader, name);
        }

        return OnOuterElement(reader, name);
    }

    private bool OnOuterElement(XmlReader reader, string name)
    {
        if ((object)name == _trk)
        {
            (_inTrack, _trackStarting, _trackName, _trackType) = (true, true, null, null);
        }
        else if (_readRoutes && (object)name == _rte)
        {
            (_inTrack, _trackStarting, _trackName, _trackType) = (true, true, null, null);
            _segments++;
            BeginSegment();
        }
        else if ((object)name == _trkseg)
        {
            _segments++;
            BeginSegment();
        }
        else if ((object)name == _gpx)
        {
            _creator = reader.GetAttribute("creator");
        }
        else if (_inTrack && ((object)name == _name || (object)name == _type))
        {
            var text = reader.ReadElementContentAsString();
            _trackName = (object)name == _name ? _trackName ?? text : _trackName;
            _trackType = (object)name == _type ? _trackType ?? text : _trackType;
            return true;
        }

        return false;
    }

    private bool ReadPointValue(XmlReader reader, string name)
    {
        ref var p = ref _point;
        if ((object)name == _ele)
        {
            p.Altitude = ReadNumber(reader);
        }
        else if ((object)name == _time)
        {
            p.Time = ReadTime(reader);
        }
        else if ((object)name == _hr || (object)name == _heartrate)
        {
            p.HeartRate = ReadNumber(reader);
        }
        else if ((object)name == _cad || (object)name == _cadence)
        {
            p.Cadence = ReadNumber(reader);
        }
        else if ((object)name == _speed)
        {
            p.Speed = ReadNumber(reader);
        }
        else if ((object)name == _power)
        {
            p.Power = ReadNumber(reader);
        }
        else
        {
            return false;
        }

        return true;
    }

    private void OnEndElement(string name)
    {
        if (_inPoint && ((object)name == _trkpt || (_readRoutes && (object)name == _rtept)))
        {
            _inPoint = false;
            var sample = _point.ToSample();
            if (_outings.Count == 0 || (_trackStarting && sample.HasTime && StartsNewOuting(sample.TimeUtc)))
            {
                _outings.Add(new Outing(Samples.Count, _trackName, _trackType));
                BeginActivity();
            }

            _trackStarting &= !sample.HasTime;
            AddSample(sample);
        }
        else if ((object)name == _trk || (_readRoutes && (object)name == _rte))
        {
            _inTrack = false;
        }
    }

    /// <summary>A track's first timed point far from the current outing's times, or a track of another sport, starts a new outing.</summary>
    private bool StartsNewOuting(DateTime time)
    {
        var current = _outings[^1];
        var first = FirstTime(current.Start, Samples.Count);
        var last = LastTime(current.Start);
        var otherSport = _trackType is not null && current.Type is not null
            && ActivitySportExtensions.ParseName(_trackType) != ActivitySportExtensions.ParseName(current.Type);
        // Differences, not sums: a time near DateTime's ends (a damaged year 9999 or 0001) must compare, never overflow.
        return first is { } f && last is { } l && (time - l > SeparateOutingGap || f - time > SeparateOutingGap || (otherSport && time >= l));
    }

    private DateTime? LastTime(int start)
    {
        for (var i = Samples.Count - 1; i >= start; i--)
        {
            if (Samples[i].HasTime)
            {
                return Samples[i].TimeUtc;
            }
        }

        return null;
    }

    protected override ActivityParseResult Build()
    {
        if (Samples.Count == 0)
        {
            Issues.Add(new ParseIssue(_routePoints > 0
                ? FormattableString.Invariant($"The file holds only a planned route ({_routePoints} route points), not a recorded activity")
                : "The file has no track points"));
            return Finish([new Activity { Format = ActivityFormat.Gpx, Creator = _creator, Planned = _routePoints > 0 }]);
        }

        var activities = new List<Activity>(_outings.Count);
        for (var k = 0; k < _outings.Count; k++)
        {
            var (start, name, type) = _outings[k];
            var end = k + 1 < _outings.Count ? _outings[k + 1].Start : Samples.Count;
            activities.Add(new Activity
            {
                Format = ActivityFormat.Gpx,
                Sport = ActivitySportExtensions.ParseName(type),
                StartUtc = FirstTime(start, end),
                Samples = SamplesBetween(start, end),
                SegmentStarts = SegmentStartsBetween(start, end),
                Creator = _creator,
                Name = name,
                CutShort = CutShort && k == _outings.Count - 1,
            });
        }

        if (!Samples[0].HasTime)
        {
            Issues.Add(new ParseIssue("The track points have no times; durations and paces are unknown"));
        }

        return Finish(activities);
    }

    private readonly record struct Outing(int Start, string? Name, string? Type);
}
