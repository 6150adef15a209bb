namespace Harrier.Core.Daylight;

/// <summary>How light it is outside at an instant, from the sun's height (NOAA's zenith angle).</summary>
/// <remarks>
/// Daylight is the sun's upper edge above the horizon (zenith under 90.833°, the sunrise line); civil twilight is the sun less
/// than 6° below it (zenith under 96°); dark is anything lower. Morning and evening are split at local solar noon and midnight.
/// </remarks>
public enum LightPhase
{
    /// <summary>Before civil dawn (between solar midnight and dawn): dark.</summary>
    DarkBeforeDawn = 0,

    /// <summary>Between civil dawn and sunrise.</summary>
    MorningTwilight = 1,

    /// <summary>The sun is up.</summary>
    Daylight = 2,

    /// <summary>Between sunset and civil dusk.</summary>
    EveningTwilight = 3,

    /// <summary>After civil dusk (between dusk and solar midnight): dark.</summary>
    DarkAfterDusk = 4,

    /// <summary>The sun stays more than 6° below the horizon all day (deep polar night): dark at any hour.</summary>
    DarkAllDay = 5,
}
