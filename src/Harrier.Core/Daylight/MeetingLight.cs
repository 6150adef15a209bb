namespace Harrier.Core.Daylight;

/// <summary>How light it is at a meeting time, and how far it is from dawn, sunrise or dusk.</summary>
/// <param name="At">The meeting, as a local time in the zone asked for.</param>
/// <param name="Phase">Dark, twilight or daylight, from the sun's height at that instant.</param>
/// <param name="BeforeCivilDawn">How long before civil dawn the meeting is; null when civil dawn has passed or there is none that day.</param>
/// <param name="BeforeSunrise">How long before sunrise the meeting is; null when the sun has risen or does not rise that day.</param>
/// <param name="AfterCivilDusk">How long after civil dusk the meeting is; null before dusk or when there is none that day.</param>
public sealed record MeetingLight(
    DateTimeOffset At, LightPhase Phase, TimeSpan? BeforeCivilDawn, TimeSpan? BeforeSunrise, TimeSpan? AfterCivilDusk)
{
    /// <summary>True when the meeting is darker than civil twilight, so <see cref="VisibilityAdvice.InTheDark"/> applies.</summary>
    public bool IsDark => Phase is LightPhase.DarkBeforeDawn or LightPhase.DarkAfterDusk or LightPhase.DarkAllDay;
}
