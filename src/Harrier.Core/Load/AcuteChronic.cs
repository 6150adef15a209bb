namespace Harrier.Core.Load;

/// <summary>The acute:chronic workload ratio, shown only as a descriptive trend, never as an injury predictor.</summary>
/// <remarks>
/// Uncoupled form (the acute week is not part of the chronic average; Windt &amp; Gabbett, EVIDENCE.md §2.2 [S]), which avoids
/// the mathematical coupling described by Lolli et al. 2019. No "sweet spot" or "danger zone" bands are applied:
/// Impellizzeri et al. 2021 showed that contrived chronic loads reproduce the association, and Frandsen 2025 found a negative
/// dose–response.
/// </remarks>
public static class AcuteChronic
{
    /// <summary>The caveat to show next to any ACWR figure or chart.</summary>
    public const string Caveat =
        "The acute:chronic ratio is shown as a description of how your recent load compares with your usual load, not as an injury " +
        "risk score. Studies have shown that its link with injury can be reproduced with made-up chronic loads (Impellizzeri 2021), " +
        "that the usual calculation is distorted by mathematical coupling (Lolli 2019), and a large running cohort found no useful " +
        "warning from it (Frandsen 2025). For single runs, Harrier checks instead that no run is more than 10% longer than your " +
        "longest run in the previous 30 days.";

    /// <summary>The trend for every day of a contiguous daily series (see <see cref="LoadSeries.Fill"/>).</summary>
    public static IReadOnlyList<AcuteChronicPoint> Series(IReadOnlyList<DailyLoad> daily)
    {
        ArgumentNullException.ThrowIfNull(daily);
        var points = new AcuteChronicPoint[daily.Count];
        for (var i = 0; i < daily.Count; i++)
        {
            var acute = Mean(daily, Math.Max(0, i - 6), i);
            double? chronic = i >= 27 ? Mean(daily, i - 27, i - 7) : null;
            points[i] = new AcuteChronicPoint(daily[i].Day, acute, chronic, chronic > 0 ? acute / chronic : null);
        }

        return points;
    }

    private static double Mean(IReadOnlyList<DailyLoad> daily, int from, int to)
    {
        var sum = 0.0;
        for (var i = from; i <= to; i++)
        {
            sum += daily[i].Load;
        }

        return sum / (to - from + 1);
    }
}
