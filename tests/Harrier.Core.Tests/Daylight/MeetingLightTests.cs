using Harrier.Core.Daylight;
using Harrier.Core.Evidence;

namespace Harrier.Core.Tests.Daylight;

public sealed class MeetingLightTests
{
    private static readonly TimeZoneInfo London = TimeZones.Get("Europe/London");

    [Fact]
    public void LightAt_LondonWinterSixThirty_IsDarkWithTimesToDawnAndSunrise()
    {
        // 2026-12-21: civil dawn 07:23:24, sunrise 08:03:45 GMT.
        var light = SunCalculator.LightAt(Sun.London, At("2026-12-21T06:30:00+00:00"), London);

        Assert.Equal(LightPhase.DarkBeforeDawn, light.Phase);
        Assert.True(light.IsDark);
        Assert.Equal(53, light.BeforeCivilDawn!.Value.TotalMinutes, 0.5);
        Assert.Equal(93.75, light.BeforeSunrise!.Value.TotalMinutes, 0.5);
        Assert.Null(light.AfterCivilDusk);
        Assert.Same(VisibilityAdvice.InTheDark, VisibilityAdvice.For(light));
    }

    [Theory]
    [InlineData("2026-12-21T07:45:00+00:00", LightPhase.MorningTwilight)]
    [InlineData("2026-12-21T12:00:00+00:00", LightPhase.Daylight)]
    [InlineData("2026-12-21T16:10:00+00:00", LightPhase.EveningTwilight)]
    [InlineData("2026-12-21T18:30:00+00:00", LightPhase.DarkAfterDusk)]
    [InlineData("2026-12-21T00:30:00+00:00", LightPhase.DarkBeforeDawn)]
    [InlineData("2026-12-21T23:30:00+00:00", LightPhase.DarkAfterDusk)]
    public void LightAt_LondonWinterSolstice_PhaseFollowsTheSun(string at, LightPhase expected)
    {
        var light = SunCalculator.LightAt(Sun.London, At(at), London);

        Assert.Equal(expected, light.Phase);
        Assert.Equal(light.IsDark, VisibilityAdvice.For(light) is not null);
    }

    [Fact]
    public void LightAt_AfterDusk_SaysHowLongAfter()
    {
        var light = SunCalculator.LightAt(Sun.London, At("2026-12-21T18:00:00+00:00"), London);

        Assert.Equal(86, light.AfterCivilDusk!.Value.TotalMinutes, 0.5);
        Assert.Null(light.BeforeCivilDawn);
        Assert.Null(light.BeforeSunrise);
    }

    [Fact]
    public void LightAt_InstantGivenInAnotherOffset_UsesItsLocalDate()
    {
        // 23:30 in New York on 20 December is 04:30 on 21 December in London.
        var light = SunCalculator.LightAt(Sun.London, At("2026-12-20T23:30:00-05:00"), London);

        Assert.Equal(new DateTimeOffset(2026, 12, 21, 4, 30, 0, TimeSpan.Zero), light.At);
        Assert.Equal(TimeSpan.Zero, light.At.Offset);
        Assert.Equal(LightPhase.DarkBeforeDawn, light.Phase);
    }

    [Fact]
    public void LightAt_SvalbardMidwinterNoon_IsDarkAllDay()
    {
        var zone = TimeZones.Get("Arctic/Longyearbyen");
        var light = SunCalculator.LightAt(Sun.Longyearbyen, At("2026-12-21T12:00:00+01:00"), zone);

        Assert.Equal(LightPhase.DarkAllDay, light.Phase);
        Assert.True(light.IsDark);
        Assert.Null(light.BeforeSunrise);
    }

    [Fact]
    public void LightAt_TromsoMidsummerMidnight_IsDaylight()
    {
        var light = SunCalculator.LightAt(Sun.Tromso, At("2026-06-21T00:30:00+02:00"), TimeZones.Get("Europe/Oslo"));

        Assert.Equal(LightPhase.Daylight, light.Phase);
        Assert.Null(VisibilityAdvice.For(light));
    }

    [Fact]
    public void SunDayLightAt_InstantOnAnotherDate_Throws()
    {
        var day = Sun.Day(Sun.London, "2026-12-21", "Europe/London");

        Assert.Throws<ArgumentOutOfRangeException>(() => day.LightAt(At("2026-12-22T06:00:00+00:00")));
    }

    [Fact]
    public void InTheDark_NamesBandsOnAnklesKneesAndWristsAndALight_WithVerifiedSources()
    {
        var advice = VisibilityAdvice.InTheDark;
        var runners = string.Join(' ', advice.ForRunners);

        Assert.Contains("ankles, knees and wrists", runners, StringComparison.Ordinal);
        Assert.Contains("light", runners, StringComparison.Ordinal);
        Assert.Contains("vest alone", runners, StringComparison.Ordinal);
        Assert.Contains("lit route", runners, StringComparison.Ordinal);
        Assert.InRange(advice.ForCoaches.Count, 3, 6);
        Assert.Equal(EvidenceGrade.Derived, advice.Grade);
        Assert.All(advice.Sources, s => Assert.Equal(EvidenceGrade.Verified, s.Grade));
        Assert.Contains(advice.Sources, s => s.Finding.Contains("113.5 m", StringComparison.Ordinal));
        Assert.DoesNotContain(advice.Sources, s => s.Citation.Contains("EVIDENCE", StringComparison.Ordinal));
    }

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);
}
