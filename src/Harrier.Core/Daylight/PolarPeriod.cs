namespace Harrier.Core.Daylight;

/// <summary>Why a pair of events (sunrise and sunset, or civil dawn and dusk) does not happen on a day.</summary>
public enum PolarPeriod
{
    /// <summary>The sun stays above the line all day: for the horizon, the midnight sun.</summary>
    Day = 0,

    /// <summary>The sun stays below the line all day: for the horizon, polar night.</summary>
    Night = 1,
}
