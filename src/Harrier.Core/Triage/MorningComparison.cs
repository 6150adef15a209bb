using System.Globalization;

namespace Harrier.Core.Triage;

/// <summary>Compares painful and pain-free mornings by what the runs before them had in common, and words the result in numbers.</summary>
/// <remarks>
/// Harrier's design [D], not evidence: at least <see cref="MinMornings"/> mornings are needed; points come from the gap between
/// the share of painful mornings and the share of pain-free mornings that followed the exposure (≥ 0.5 → 3, ≥ 0.25 → 2,
/// &gt; 0.1 → 1). A share of a handful of mornings is a hint for the runner to test, not proof.
/// </remarks>
internal static class MorningComparison
{
    /// <summary>The fewest run days with a known next morning before a comparison is made.</summary>
    public const int MinMornings = 5;

    /// <summary>Compares mornings after exposed runs with the rest.</summary>
    /// <param name="days">Run days.</param>
    /// <param name="exposed">Whether the day's runs had the exposure; null when the data is missing.</param>
    /// <param name="data">What counts as usable, e.g. "runs with climb data".</param>
    /// <param name="exposure">The exposure, e.g. "runs with more than 15 m of climb per km".</param>
    public static LogFinding Binary(IEnumerable<RunDay> days, Func<RunDay, bool?> exposed, string data, string exposure)
    {
        var usable = days.Where(d => d.Painful is not null && exposed(d) is not null).ToArray();
        if (Short(usable, data) is { } tooLittle)
        {
            return tooLittle;
        }

        var (painful, free) = Split(usable);
        return Lopsided(painful, free, data) ?? Finding(painful, free, d => exposed(d) == true, exposure);
    }

    /// <summary>Compares mornings after runs in the category (shoe, surface) that stands out most with the rest.</summary>
    /// <param name="label">How a category reads after "runs", e.g. "in Asics Gel" or "on road".</param>
    /// <returns>The finding and the category compared (null when no comparison was made).</returns>
    public static (LogFinding Finding, string? Category) ByCategory(IEnumerable<RunDay> days, Func<RunDay, string?> key, string data,
        Func<string, string> label)
    {
        var usable = days.Where(d => d.Painful is not null && key(d) is not null).ToArray();
        if (Short(usable, data) is { } tooLittle)
        {
            return (tooLittle, null);
        }

        var keys = usable.Select(d => key(d)!).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (keys.Length == 1)
        {
            var only = Text($"All {usable.Length} {data} were {label(keys[0])}: nothing to compare them with yet.");
            return (new LogFinding(0, [only], false), null);
        }

        var (painful, free) = Split(usable);
        if (Lopsided(painful, free, data) is { } lopsided)
        {
            return (lopsided, null);
        }

        var worst = keys.OrderByDescending(k => Gap(painful, free, d => key(d) == k)).First();
        return (Finding(painful, free, d => key(d) == worst, $"runs {label(worst)}"), worst);
    }

    private static LogFinding? Short(RunDay[] usable, string data) => usable.Length < MinMornings
        ? LogFinding.TooLittle(Text($"Not enough {data} and a next-morning pain score yet: {usable.Length} of at least {MinMornings}."))
        : null;

    private static (RunDay[] Painful, RunDay[] Free) Split(RunDay[] usable) =>
        (usable.Where(d => d.Painful == true).ToArray(), usable.Where(d => d.Painful == false).ToArray());

    private static LogFinding? Lopsided(RunDay[] painful, RunDay[] free, string data)
    {
        if (painful.Length == 0)
        {
            return new LogFinding(0, [Text($"None of the mornings after {data} was painful ({RunDay.PainfulFrom}/10 or more).")], false);
        }

        return free.Length == 0
            ? new LogFinding(0, [Text($"No pain-free mornings after {data} to compare the {painful.Length} painful ones with.")], false)
            : null;
    }

    private static LogFinding Finding(RunDay[] painful, RunDay[] free, Func<RunDay, bool> exposed, string exposure)
    {
        var a = painful.Count(exposed);
        var b = free.Count(exposed);
        var line = Text($"{a} of {painful.Length} painful mornings followed {exposure}; {b} of {free.Length} pain-free mornings did.");
        var gap = Gap(painful, free, exposed);
        var points = gap >= 0.5 - 1e-9 ? 3 : gap >= 0.25 - 1e-9 ? 2 : gap > 0.1 ? 1 : 0;
        return new LogFinding(points, [line], false);
    }

    private static double Gap(RunDay[] painful, RunDay[] free, Func<RunDay, bool> exposed) =>
        (double)painful.Count(exposed) / painful.Length - (double)free.Count(exposed) / free.Length;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
