namespace Harrier.Core.Load;

/// <summary>One week's total load with Foster's monotony and strain.</summary>
/// <param name="Start">First day of the week.</param>
/// <param name="Load">Sum of the seven daily loads (AU).</param>
/// <param name="Monotony">Mean daily load ÷ standard deviation of daily load; null when every day has the same load.</param>
/// <param name="Strain">Weekly load × monotony; null with monotony.</param>
/// <remarks>
/// Foster C, Med Sci Sports Exerc 1998;30(7):1164–1168, EVIDENCE.md §2.3 [V abstract]. Rest days count as 0. The standard
/// deviation is the population one (the seven days are the whole week, not a sample); the paper's abstract does not say which.
/// No alarm threshold is applied: the often-quoted "monotony &gt; 2" is unverified [U].
/// </remarks>
public sealed record WeeklyLoad(DateOnly Start, double Load, double? Monotony, double? Strain)
{
    /// <summary>Totals, monotony and strain of seven consecutive daily loads.</summary>
    public static WeeklyLoad Of(DateOnly start, IReadOnlyList<double> sevenDays)
    {
        ArgumentNullException.ThrowIfNull(sevenDays);
        if (sevenDays.Count != 7)
        {
            throw new ArgumentException("A week has seven daily loads.", nameof(sevenDays));
        }

        var total = sevenDays.Sum();
        var mean = total / 7;
        var sd = Math.Sqrt(sevenDays.Sum(l => (l - mean) * (l - mean)) / 7);
        double? monotony = sd > 1e-9 ? mean / sd : null;
        return new WeeklyLoad(start, total, monotony, monotony * total);
    }

    /// <summary>Calendar weeks (from <paramref name="firstDay"/>) of a daily series, oldest first; missing days count as 0.</summary>
    public static IReadOnlyList<WeeklyLoad> Weeks(IEnumerable<DailyLoad> daily, DayOfWeek firstDay = DayOfWeek.Monday)
    {
        ArgumentNullException.ThrowIfNull(daily);
        return daily
            .GroupBy(d => Log.TrainingLog.WeekStart(d.Day, firstDay))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var byDay = g.GroupBy(d => d.Day).ToDictionary(x => x.Key, x => x.Sum(d => d.Load));
                return Of(g.Key, Enumerable.Range(0, 7).Select(i => byDay.GetValueOrDefault(g.Key.AddDays(i))).ToArray());
            })
            .ToArray();
    }
}
