namespace Harrier.Core.Activities;

/// <summary>One recorded point of an activity. Values the device did not record are <see cref="double.NaN"/>.</summary>
/// <remarks>
/// A struct of plain numbers so that decoders can write millions of them into a reusable buffer without allocating.
/// In an activity a reader has finished, <see cref="DistanceMeters"/> is measured from the activity's start and never steps
/// back, and <see cref="Cadence"/> is in steps per minute for sports on foot (devices record one leg's cycles; the reader
/// doubles them, see <see cref="StepCadence"/>) and in revolutions per minute otherwise.
/// </remarks>
/// <param name="TimeUtc">The instant (UTC), or <see cref="DateTime.MinValue"/> when the point has no time (e.g. a GPX route).</param>
/// <param name="Latitude">Degrees north, WGS 84.</param>
/// <param name="Longitude">Degrees east, WGS 84.</param>
/// <param name="DistanceMeters">Cumulative distance in metres: the device's, or measured along the GPS track (see remarks).</param>
/// <param name="AltitudeMeters">Altitude above mean sea level, metres.</param>
/// <param name="SpeedMetersPerSecond">Instantaneous speed the device measured.</param>
/// <param name="HeartRate">Beats per minute.</param>
/// <param name="Cadence">Steps per minute on foot, revolutions per minute otherwise (see remarks).</param>
/// <param name="PowerWatts">Power in watts.</param>
public readonly record struct ActivitySample(
    DateTime TimeUtc,
    double Latitude,
    double Longitude,
    double DistanceMeters,
    float AltitudeMeters,
    float SpeedMetersPerSecond,
    float HeartRate,
    float Cadence,
    float PowerWatts)
{
    /// <summary>A sample at <paramref name="timeUtc"/> with every measurement missing.</summary>
    public static ActivitySample Empty(DateTime timeUtc) =>
        new(timeUtc, double.NaN, double.NaN, double.NaN, float.NaN, float.NaN, float.NaN, float.NaN, float.NaN);

    public bool HasTime => TimeUtc != DateTime.MinValue;

    public bool HasPosition => !double.IsNaN(Latitude) && !double.IsNaN(Longitude);

    public bool HasDistance => !double.IsNaN(DistanceMeters);

    public bool HasAltitude => !float.IsNaN(AltitudeMeters);

    public bool HasHeartRate => !float.IsNaN(HeartRate) && HeartRate > 0;

    public bool HasCadence => !float.IsNaN(Cadence);
}
