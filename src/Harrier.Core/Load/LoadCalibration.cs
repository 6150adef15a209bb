namespace Harrier.Core.Load;

/// <summary>
/// How many session-RPE units one TRIMP unit counts as for one runner, so that a run without an effort rating can add its
/// heart-rate load to the same weekly and fitness totals as rated runs.
/// </summary>
/// <remarks>
/// The two loads are different scales (a steady hour at RPE 4 is 240 AU; at 70% of heart-rate reserve it is about 103 TRIMP).
/// The factor is the median of sRPE ÷ TRIMP over the runner's <see cref="MostPairs"/> most recent runs that have both, once
/// there are at least <see cref="LeastPairs"/>; before that it is <see cref="DefaultEffortPerTrimp"/>. This conversion is
/// Harrier's own [D]: neither Foster's sRPE nor Banister's TRIMP defines it. The default, 2, is the low end of the ratio the two
/// formulas give for steady running (RPE 3 at 65% reserve gives 2.1, RPE 6 at 80% gives 2.5, men's constants), so an unrated run
/// is rather under- than over-counted. A rated run always counts by its rating.
/// </remarks>
/// <param name="EffortPerTrimp">Session-RPE units (AU) per TRIMP unit.</param>
/// <param name="Pairs">How many recent runs have both loads (at most <see cref="MostPairs"/>); the factor is theirs from <see cref="LeastPairs"/> on.</param>
public sealed record LoadCalibration(double EffortPerTrimp, int Pairs)
{
    public const int LeastPairs = 5;
    public const int MostPairs = 30;
    public const double DefaultEffortPerTrimp = 2.0;

    public static LoadCalibration Default { get; } = new(DefaultEffortPerTrimp, 0);

    /// <summary>True when the factor comes from the runner's own rated runs.</summary>
    public bool IsPersonal => Pairs >= LeastPairs;

    /// <summary>How the factor was found, in words for the load page.</summary>
    public string Describe() => IsPersonal
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{EffortPerTrimp:0.0} effort units per heart-rate unit, the middle of the ratio over your last {Pairs} runs that have both (worked out by Harrier)")
        : string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{EffortPerTrimp:0.0} effort units per heart-rate unit, Harrier's cautious default until you have rated {LeastPairs} runs that also have heart rate (worked out by Harrier)");

    /// <summary>The calibration from runs that have both loads, newest first (only the first <see cref="MostPairs"/> count).</summary>
    public static LoadCalibration From(IEnumerable<(double EffortLoad, double HeartRateLoad)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var ratios = pairs.Where(p => p.EffortLoad > 0 && p.HeartRateLoad > 1).Take(MostPairs)
            .Select(p => p.EffortLoad / p.HeartRateLoad).Order().ToArray();
        if (ratios.Length < LeastPairs)
        {
            return Default with { Pairs = ratios.Length };
        }

        var median = ratios.Length % 2 == 1 ? ratios[ratios.Length / 2] : (ratios[(ratios.Length / 2) - 1] + ratios[ratios.Length / 2]) / 2;
        return new LoadCalibration(median, ratios.Length);
    }
}
