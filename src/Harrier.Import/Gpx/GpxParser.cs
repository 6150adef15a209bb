using System.Xml;
using Harrier.Core.Activities;
using Harrier.Import.Xml;

namespace Harrier.Import.Gpx;

/// <summary>Reads GPX 1.0 and 1.1 tracks (all segments, in order) with Garmin TrackPointExtension heart rate and cadence.</summary>
/// <remarks>
/// Elements are matched by local name, so any namespace prefix works for extensions (gpxtpx:hr, ns3:cad, plain hr).
/// A file with no track points but with a route uses the route points, with an issue noting it is a planned route.
/// Not thread-safe; create one per thread.
/// </remarks>
public sealed class GpxParser : XmlActivityParser
{
    private readonly string _lat, _lon, _trkpt, _rtept, _trk, _trkseg, _ele, _time, _name, _type;
    private readonly string _hr, _heartrate, _cad, _cadence, _speed, _power, _gpx;
    private readonly List<ActivitySample> _routePoints = [];
    private XmlPoint _point;
    private bool _inPoint, _inTrack, _isRoutePoint;
    private int _segments;
    private string? _creator, _trackName, _trackType;

    public GpxParser()
    {
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

    protected override void Read(XmlReader reader)
    {
        _routePoints.Clear();
        _inPoint = _inTrack = false;
        _segments = 0;
        _creator = _trackName = _trackType = null;
        reader.MoveToContent();
        while (!reader.EOF)
        {
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
            _inPoint = true;
            _isRoutePoint = (object)name == _rtept;
            if (reader.IsEmptyElement)
            {
                OnEndElement(name);
            }

            return false;
        }

        if (_inPoint)
        {
            return ReadPointValue(reader, name);
        }

        if ((object)name == _trk)
        {
            _inTrack = true;
        }
        else if ((object)name == _trkseg)
        {
            _segments++;
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
        if (_inPoint && ((object)name == _trkpt || (object)name == _rtept))
        {
            _inPoint = false;
            (_isRoutePoint ? _routePoints : Samples).Add(_point.ToSample());
        }
        else if ((object)name == _trk)
        {
            _inTrack = false;
        }
    }

    protected override ActivityParseResult Build()
    {
        if (Samples.Count == 0 && _routePoints.Count > 0)
        {
            Samples.AddRange(_routePoints);
            Issues.Add(new ParseIssue("The file has no recorded track, only a planned route; its points were used"));
        }

        if (Samples.Count == 0)
        {
            Issues.Add(new ParseIssue("The file has no track points"));
        }
        else if (!Samples[0].HasTime)
        {
            Issues.Add(new ParseIssue("The track points have no times; durations and paces are unknown"));
        }

        var activity = new Activity
        {
            Format = ActivityFormat.Gpx,
            Sport = ActivitySportExtensions.ParseName(_trackType),
            StartUtc = FirstTime(),
            Samples = Samples.ToArray(),
            Creator = _creator,
            Name = _trackName,
        };
        return ActivityParseResult.Success(activity, [.. Issues]);
    }

    /// <summary>Number of track segments in the last file read.</summary>
    public int SegmentCount => _segments;
}
