namespace Harrier.Core.Daylight;

/// <summary>A place on the Earth in degrees (WGS 84): latitude north-positive, longitude east-positive.</summary>
/// <remarks>
/// East-positive longitude is the sign convention of NOAA's "General Solar Position Calculations", which the
/// <see cref="SunCalculator"/> follows: Greenwich is 0, New York is about −74, Tokyo about +140.
/// </remarks>
public readonly record struct Coordinates
{
    /// <summary>Takes latitude in −90..90 and longitude in −180..180 degrees.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range or not a finite number.</exception>
    public Coordinates(double latitudeDegrees, double longitudeDegrees)
    {
        if (!double.IsFinite(latitudeDegrees) || latitudeDegrees is < -90 or > 90)
        {
            throw new ArgumentOutOfRangeException(nameof(latitudeDegrees), latitudeDegrees, "Latitude must be between -90 and 90 degrees.");
        }

        if (!double.IsFinite(longitudeDegrees) || longitudeDegrees is < -180 or > 180)
        {
            throw new ArgumentOutOfRangeException(nameof(longitudeDegrees), longitudeDegrees, "Longitude must be between -180 and 180 degrees.");
        }

        LatitudeDegrees = latitudeDegrees;
        LongitudeDegrees = longitudeDegrees;
    }

    /// <summary>Degrees north of the equator (south is negative).</summary>
    public double LatitudeDegrees { get; }

    /// <summary>Degrees east of Greenwich (west is negative).</summary>
    public double LongitudeDegrees { get; }
}
