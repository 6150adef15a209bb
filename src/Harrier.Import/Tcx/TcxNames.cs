using System.Xml;

namespace Harrier.Import.Tcx;

/// <summary>TCX element names, atomized in the reader's name table so they compare by reference.</summary>
internal sealed class TcxNames(XmlNameTable t)
{
    public readonly string Trackpoint = t.Add("Trackpoint"), Lap = t.Add("Lap"), Activity = t.Add("Activity"), Track = t.Add("Track");
    public readonly string Course = t.Add("Course");
    public readonly string Time = t.Add("Time"), LatitudeDegrees = t.Add("LatitudeDegrees"), LongitudeDegrees = t.Add("LongitudeDegrees");
    public readonly string AltitudeMeters = t.Add("AltitudeMeters"), DistanceMeters = t.Add("DistanceMeters"), Value = t.Add("Value");
    public readonly string HeartRateBpm = t.Add("HeartRateBpm"), AverageHeartRateBpm = t.Add("AverageHeartRateBpm");
    public readonly string MaximumHeartRateBpm = t.Add("MaximumHeartRateBpm"), Cadence = t.Add("Cadence"), RunCadence = t.Add("RunCadence");
    public readonly string AvgRunCadence = t.Add("AvgRunCadence");
    public readonly string Speed = t.Add("Speed"), Watts = t.Add("Watts"), TotalTimeSeconds = t.Add("TotalTimeSeconds");
    public readonly string Calories = t.Add("Calories"), MaximumSpeed = t.Add("MaximumSpeed"), Creator = t.Add("Creator"), Name = t.Add("Name");
}
