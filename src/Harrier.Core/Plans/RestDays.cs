namespace Harrier.Core.Plans;

// Rest days between runs, as the NHS advises new runners ("You should aim to have a rest day between each run", EVIDENCE.md §1.1
// [V]). Days are compared around the week: Sunday and Monday are consecutive.
internal static class RestDays
{
    private static readonly DayOfWeek[] Week =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday,
        DayOfWeek.Sunday,
    ];

    /// <summary>Pairs of the days that are next to each other, Monday first.</summary>
    public static IReadOnlyList<(DayOfWeek First, DayOfWeek Second)> Consecutive(IEnumerable<DayOfWeek> days)
    {
        var set = days.ToHashSet();
        return Week.Where(set.Contains).Select(d => (First: d, Second: Next(d))).Where(p => set.Contains(p.Second) && p.First != p.Second)
            .ToArray();
    }

    /// <summary>
    /// <paramref name="count"/> of <paramref name="days"/> with a rest day between each two (Monday first), or null when no such
    /// choice exists.
    /// </summary>
    public static IReadOnlyList<DayOfWeek>? Spread(IEnumerable<DayOfWeek> days, int count)
    {
        var ordered = Week.Where(days.Contains).ToArray();
        return Choose(ordered, 0, count, []);
    }

    /// <summary>"Monday, Wednesday and Friday".</summary>
    public static string Names(IEnumerable<DayOfWeek> days)
    {
        var list = Week.Where(days.Contains).Select(d => d.ToString()).ToArray();
        return list.Length <= 1 ? string.Concat(list) : string.Join(", ", list[..^1]) + " and " + list[^1];
    }

    private static List<DayOfWeek>? Choose(DayOfWeek[] ordered, int from, int count, List<DayOfWeek> chosen)
    {
        if (chosen.Count == count)
        {
            return Consecutive(chosen).Count == 0 ? [.. chosen] : null;
        }

        for (var i = from; i < ordered.Length; i++)
        {
            if (chosen.Count > 0 && Next(chosen[^1]) == ordered[i])
            {
                continue;
            }

            chosen.Add(ordered[i]);
            var found = Choose(ordered, i + 1, count, chosen);
            chosen.RemoveAt(chosen.Count - 1);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static DayOfWeek Next(DayOfWeek day) => (DayOfWeek)(((int)day + 1) % 7);
}
