using System.Xml;
using Harrier.Core.Activities;
using Harrier.Import.Xml;

namespace Harrier.Import.Tcx;

/// <summary>Reads TCX (Garmin Training Center v2) activities, laps and track points, including the ActivityExtension v2 values.</summary>
/// <remarks>
/// Each <c>Activity</c> element is one activity with its own sport, laps and totals; each <c>Track</c> within it is a
/// recorded segment. A <c>Course</c> is a plan: it gives a planned activity. Elements are matched by local name, so
/// extension prefixes (ns3:, ax:) do not matter. Not thread-safe; create one per thread.
/// </remarks>
public sealed partial class TcxParser : XmlActivityParser
{
    private readonly TcxNames _n;
    private readonly List<ActivityTotals> _laps = [];
    private readonly List<TcxSession> _sessions = [];
    private XmlPoint _point;
    private TcxLap _lap;
    private bool _inPoint, _inLap, _inCreator;
    private string? _valueTarget;
    private ActivitySport _sport;
    private string? _creator, _name;
    private int _sessionLapStart, _sessionSampleStart;

    public TcxParser()
    {
        _n = new TcxNames(Names);
    }

    protected override void Read(XmlReader reader)
    {
        _laps.Clear();
        _sessions.Clear();
        _inPoint = _inLap = _inCreator = false;
        _sport = ActivitySport.Unknown;
        _creator = _name = null;
        _sessionLapStart = _sessionSampleStart = 0;
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

    private bool OnElement(XmlReader reader)
    {
        var name = reader.LocalName;
        if ((object)name == _n.Trackpoint)
        {
            _point.Reset();
            _inPoint = !reader.IsEmptyElement;
            return false;
        }

        if (_inPoint)
        {
            return ReadPointValue(reader, name);
        }

        if ((object)name == _n.Lap)
        {
            _lap = new TcxLap(SafeXml.Time(reader.GetAttribute("StartTime") ?? string.Empty));
            _inLap = !reader.IsEmptyElement;
            return false;
        }

        if (_inLap)
        {
            return ReadLapValue(reader, name);
        }

        return OnOuterElement(reader, name);
    }

    private bool OnOuterElement(XmlReader reader, string name)
    {
        if ((object)name == _n.Activity || (object)name == _n.Course)
        {
            _sport = ActivitySportExtensions.ParseName(reader.GetAttribute("Sport"));
            (_sessionSampleStart, _sessionLapStart) = (Samples.Count, _laps.Count);
            BeginActivity();
        }
        else if ((object)name == _n.Track)
        {
            BeginSegment();
        }
        else if ((object)name == _n.Creator)
        {
            _inCreator = !reader.IsEmptyElement;
        }
        else if ((object)name == _n.Name)
        {
            var text = reader.ReadElementContentAsString();
            if (_inCreator)
            {
                _creator ??= text;
            }
            else
            {
                _name ??= text;
            }

            return true;
        }

        return false;
    }

    private bool ReadPointValue(XmlReader reader, string name)
    {
        ref var p = ref _point;
        if ((object)name == _n.HeartRateBpm)
        {
            _valueTarget = name;
            return false;
        }

        double Value() => ReadNumber(reader);
        if ((object)name == _n.Time)
        {
            p.Time = ReadTime(reader);
        }
        else if ((object)name == _n.LatitudeDegrees)
        {
            p.Latitude = Value();
        }
        else if ((object)name == _n.LongitudeDegrees)
        {
            p.Longitude = Value();
        }
        else if ((object)name == _n.AltitudeMeters)
        {
            p.Altitude = Value();
        }
        else if ((object)name == _n.DistanceMeters)
        {
            p.Distance = Value();
        }
        else if ((object)name == _n.Value && (object?)_valueTarget == _n.HeartRateBpm)
        {
            p.HeartRate = Value();
        }
        else if ((object)name == _n.Cadence || (object)name == _n.RunCadence)
        {
            p.Cadence = Value();
        }
        else if ((object)name == _n.Speed)
        {
            p.Speed = Value();
        }
        else if ((object)name == _n.Watts)
        {
            p.Power = Value();
        }
        else
        {
            return false;
        }

        return true;
    }

    private void OnEndElement(string name)
    {
        if ((object)name == _n.Trackpoint && _inPoint)
        {
            _inPoint = false;
            AddSample(_point.ToSample());
        }
        else if ((object)name == _n.HeartRateBpm || (object)name == _n.AverageHeartRateBpm || (object)name == _n.MaximumHeartRateBpm)
        {
            _valueTarget = null;
        }
        else if ((object)name == _n.Lap && _inLap)
        {
            _inLap = false;
            _laps.Add(_lap.ToTotals(_sport));
        }
        else if ((object)name == _n.Activity || (object)name == _n.Course)
        {
            CloseSession(planned: (object)name == _n.Course);
        }
        else if ((object)name == _n.Creator)
        {
            _inCreator = false;
        }
    }
}
