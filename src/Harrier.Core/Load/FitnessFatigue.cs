namespace Harrier.Core.Load;

/// <summary>Fitness–fatigue load tracking: CTL/ATL/TSB and the Banister daily recursion.</summary>
/// <remarks>
/// CTL/ATL follow the TrainingPeaks Performance Manager convention (Coggan), EVIDENCE.md §2.4 [S]:
/// CTL_t = CTL_(t−1)·e^(−1/42) + load_t·(1 − e^(−1/42)), likewise ATL with 7 days; TSB = yesterday's CTL − yesterday's ATL.
/// The 42/7 defaults are a software convention; Banister's constants are fitted per person (Banister et al. 1975).
/// Harrier feeds session-RPE load rather than TSS.
/// </remarks>
public static class FitnessFatigue
{
    public const double ChronicDays = 42;

    public const double AcuteDays = 7;

    /// <summary>CTL, ATL and TSB for every day of a contiguous daily series.</summary>
    /// <param name="daily">Consecutive days (see <see cref="LoadSeries.Fill"/>).</param>
    /// <param name="startCtl">CTL on the day before the series.</param>
    /// <param name="startAtl">ATL on the day before the series.</param>
    public static IReadOnlyList<FitnessFatiguePoint> Series(IReadOnlyList<DailyLoad> daily, double startCtl = 0, double startAtl = 0)
    {
        ArgumentNullException.ThrowIfNull(daily);
        var ctlKeep = Math.Exp(-1 / ChronicDays);
        var atlKeep = Math.Exp(-1 / AcuteDays);
        double ctl = startCtl, atl = startAtl;
        var points = new FitnessFatiguePoint[daily.Count];
        for (var i = 0; i < daily.Count; i++)
        {
            if (i > 0 && daily[i].Day != daily[i - 1].Day.AddDays(1))
            {
                throw new ArgumentException("The series must have one entry per consecutive day.", nameof(daily));
            }

            var tsb = ctl - atl;
            ctl = ctl * ctlKeep + daily[i].Load * (1 - ctlKeep);
            atl = atl * atlKeep + daily[i].Load * (1 - atlKeep);
            points[i] = new FitnessFatiguePoint(daily[i].Day, ctl, atl, tsb);
        }

        return points;
    }

    /// <summary>One day of Banister's impulse–response recursion: fitness and fatigue decay, then today's load is added.</summary>
    /// <remarks>
    /// fitness_t = fitness_(t−1)·e^(−1/τ1) + w_t; fatigue_t = fatigue_(t−1)·e^(−1/τ2) + w_t (EVIDENCE.md §2.4 [S]).
    /// Worked example: 100, 60, load 50, τ 42/7 → 147.65, 102.01.
    /// </remarks>
    public static (double Fitness, double Fatigue) BanisterStep(double fitness, double fatigue, double load,
        double fitnessDays = ChronicDays, double fatigueDays = AcuteDays) =>
        (fitness * Math.Exp(-1 / fitnessDays) + load, fatigue * Math.Exp(-1 / fatigueDays) + load);
}
