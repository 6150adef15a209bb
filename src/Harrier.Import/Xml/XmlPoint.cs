using Harrier.Core.Activities;

namespace Harrier.Import.Xml;

/// <summary>The values of the track point being read, collected element by element.</summary>
internal struct XmlPoint
{
    public DateTime Time;
    public double Latitude;
    public double Longitude;
    public double Distance;
    public double Altitude;
    public double Speed;
    public double HeartRate;
    public double Cadence;
    public double Power;

    public void Reset()
    {
        Time = DateTime.MinValue;
        Latitude = Longitude = Distance = Altitude = Speed = HeartRate = Cadence = Power = double.NaN;
    }

    /// <summary>The sample, with impossible values (coordinates out of range, 1e308 metres, negative heart rates) dropped.</summary>
    public readonly ActivitySample ToSample()
    {
        var valid = Latitude is >= -90 and <= 90 && Longitude is >= -180 and <= 180;
        return new ActivitySample(
            Time,
            valid ? Latitude : double.NaN,
            valid ? Longitude : double.NaN,
            Within(Distance, 0, 1e8),
            (float)Within(Altitude, -1000, 10000),
            (float)Within(Speed, 0, 1000),
            (float)Within(HeartRate, 1, 300),
            (float)Within(Cadence, 0, 1000),
            (float)Within(Power, 0, 100_000));
    }

    private static double Within(double value, double min, double max) => value >= min && value <= max ? value : double.NaN;
}
