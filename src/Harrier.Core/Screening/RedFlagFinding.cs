namespace Harrier.Core.Screening;

/// <summary>A rule that fired, with its advice worded for this runner.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Action">What to do; for a combination, naming the warning signs that made it fire.</param>
/// <param name="TellClinician">What to tell the clinician, likewise.</param>
/// <param name="Because">For a combination: the single rules that made it fire, in table order; empty otherwise.</param>
public sealed record RedFlagFinding(RedFlagRule Rule, string Action, string TellClinician, IReadOnlyList<RedFlagRule> Because)
{
    /// <summary>The finding of a single rule.</summary>
    public static RedFlagFinding Of(RedFlagRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new RedFlagFinding(rule, rule.Action, rule.TellClinician, []);
    }

    /// <summary>The finding of a combination, with "{flags}" replaced by the contributing rules' labels ("a and b", "a, b and c").</summary>
    public static RedFlagFinding Of(RedFlagRule rule, IReadOnlyList<RedFlagRule> because) => Of(rule, because, because);

    /// <summary>The finding of a combination made by <paramref name="because"/>, with "{flags}" naming <paramref name="named"/>.</summary>
    public static RedFlagFinding Of(RedFlagRule rule, IReadOnlyList<RedFlagRule> because, IReadOnlyList<RedFlagRule> named)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(because);
        ArgumentNullException.ThrowIfNull(named);
        var flags = Join(named.Select(r => r.Label).Distinct(StringComparer.Ordinal).ToArray());
        return new RedFlagFinding(rule, rule.Action.Replace("{flags}", flags, StringComparison.Ordinal),
            rule.TellClinician.Replace("{flags}", flags, StringComparison.Ordinal), because);
    }

    /// <summary>Joins labels as a person would: "a", "a and b", "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels.Count switch
        {
            0 => "",
            1 => labels[0],
            _ => string.Join(", ", labels.Take(labels.Count - 1)) + " and " + labels[^1],
        };
    }
}
