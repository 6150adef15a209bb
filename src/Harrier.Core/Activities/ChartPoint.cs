namespace Harrier.Core.Activities;

/// <summary>One point of a run's charts; values the recording lacks at that point are null.</summary>
/// <param name="DistanceMeters">Distance from the start, metres (the charts' horizontal axis).</param>
/// <param name="SecondsPerKilometer">Pace over the last <see cref="RunChart.PaceWindowSeconds"/> of moving time.</param>
/// <param name="HeartRate">Beats per minute.</param>
/// <param name="AltitudeMeters">Altitude above sea level, metres.</param>
public readonly record struct ChartPoint(double DistanceMeters, double? SecondsPerKilometer, double? HeartRate, double? AltitudeMeters);
