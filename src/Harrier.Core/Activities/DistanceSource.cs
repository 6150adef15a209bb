namespace Harrier.Core.Activities;

/// <summary>Where an activity's distance came from.</summary>
public enum DistanceSource
{
    None = 0,

    /// <summary>The device's summary (FIT session, TCX lap totals).</summary>
    DeviceSummary = 1,

    /// <summary>The device's cumulative distance in the samples.</summary>
    DeviceSamples = 2,

    /// <summary>Computed from GPS positions (haversine, with jitter and spikes filtered).</summary>
    Gps = 3,
}
