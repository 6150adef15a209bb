using Harrier.Core.Activities;

namespace Harrier.Core.Load;

/// <summary>Banister's training impulse (TRIMP): a session's heart-rate load in its own arbitrary units.</summary>
/// <remarks>
/// <c>TRIMP = D(min) × ΔHRr × a·e^(b·ΔHRr)</c> with <c>ΔHRr = (HR − HR_rest) / (HR_max − HR_rest)</c>, a = 0.64, b = 1.92 for
/// men and a = 0.86, b = 1.67 for women (Morton, Fitz-Clarke &amp; Banister, J Appl Physiol 1990; EVIDENCE.md §2.5 [S]). Harrier
/// sums it over the time recorded at each heart rate rather than applying it once to the session's average, so an interval
/// session weighs its hard minutes as hard. Heart rates below resting add nothing. Test–retest variation is 15.6% against 28.1%
/// for session RPE (Wallace et al. 2014 [V]). It is not on the session-RPE scale: see <see cref="LoadCalibration"/>.
/// </remarks>
public static class Trimp
{
    /// <summary>The load of <paramref name="minutes"/> at one heart rate.</summary>
    public static double Of(double minutes, double heartRate, HeartRateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentOutOfRangeException.ThrowIfNegative(minutes);
        var x = profile.ReserveFraction(heartRate);
        var (a, b) = profile.Constants;
        return minutes * x * a * Math.Exp(b * x);
    }

    /// <summary>The load of a whole recording, summed over the seconds spent at each heart rate; 0 for an empty histogram.</summary>
    public static double Of(HeartRateHistogram histogram, HeartRateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        ArgumentNullException.ThrowIfNull(profile);
        return histogram.Bins().Sum(bin => Of(bin.Seconds / 60, bin.BeatsPerMinute, profile));
    }
}
