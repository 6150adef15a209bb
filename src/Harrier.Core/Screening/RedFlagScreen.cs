using Harrier.Core.Pain;

namespace Harrier.Core.Screening;

/// <summary>Evaluates the red-flag table (<see cref="RedFlagRules"/>) against a runner's answers, pain entry and age.</summary>
/// <remarks>
/// One engine for every rule. Single rules fire on their own trigger (<see cref="RedFlagRule.Fires"/>); combination rules then fire
/// when the single rules they name fired together (EVIDENCE §4.7: single red flags have poor accuracy, clusters raise suspicion).
/// The overall urgency is the most urgent finding; Emergency and Today suspend the plan (EVIDENCE §3: "any red flag → stop and
/// refer"; §4.2: "treat any early CES symptom as stop, same-day emergency care").
/// </remarks>
public static class RedFlagScreen
{
    /// <summary>Shown with every screen result: Harrier flags symptoms to get checked; it does not diagnose.</summary>
    public const string Disclaimer =
        "Harrier cannot examine you or diagnose anything. These questions pick out symptoms that may need a clinician's "
        + "check; if you are worried, get checked whatever the result says.";

    /// <summary>True when a new pain entry should prompt the screen: it involves the back or the legs.</summary>
    public static bool ShouldAsk(PainEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Spot.IsBackOrLeg || entry.SpreadsTo.Any(s => s.IsBackOrLeg);
    }

    /// <summary>Screens with the shipped table.</summary>
    /// <param name="answers">The answers given so far.</param>
    /// <param name="painEntry">The pain entry that prompted the screen, if any; its spots, spread and quality may trigger rules.</param>
    /// <param name="age">The runner's age in whole years, if known.</param>
    /// <exception cref="ArgumentException">An answer refers to a question the table does not have.</exception>
    public static RedFlagResult Evaluate(RedFlagAnswers answers, PainEntry? painEntry = null, int? age = null) =>
        Evaluate(RedFlagRules.All, answers, painEntry, age);

    /// <summary>Screens with the shipped table, reading the patterns of several pain entries (the journal's recent entries).</summary>
    /// <param name="answers">The answers given so far.</param>
    /// <param name="entries">The pain entries whose spots, spread and quality may trigger rules.</param>
    /// <param name="age">The runner's age in whole years, if known.</param>
    public static RedFlagResult EvaluateWithEntries(RedFlagAnswers answers, IEnumerable<PainEntry> entries, int? age)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Evaluate(RedFlagRules.All, answers, entries.SelectMany(PainPatterns.Detect).ToHashSet(), age);
    }

    /// <summary>The warning signs the pain entries show on their own, without any answer (patterns such as a nerve-root pattern).</summary>
    public static IReadOnlyList<RedFlagFinding> PatternsIn(IEnumerable<PainEntry> entries) =>
        EvaluateWithEntries(RedFlagAnswers.None, entries, null).Findings;

    /// <summary>Screens with a given table (for tests and for tables loaded with <see cref="RedFlagRules.Parse"/>).</summary>
    public static RedFlagResult Evaluate(IReadOnlyList<RedFlagRule> rules, RedFlagAnswers answers, PainEntry? painEntry, int? age) =>
        Evaluate(rules, answers, painEntry is null ? new HashSet<PainPattern>() : PainPatterns.Detect(painEntry), age);

    private static RedFlagResult Evaluate(IReadOnlyList<RedFlagRule> rules, RedFlagAnswers answers, IReadOnlySet<PainPattern> patterns, int? age)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(answers);
        if (age is { } years)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(years, nameof(age));
        }

        var questions = RedFlagRules.QuestionsOf(rules);
        if (answers.Answered.FirstOrDefault(id => questions.All(q => q.Id != id)) is { } unknown)
        {
            throw new ArgumentException($"There is no red-flag question '{unknown}'.", nameof(answers));
        }

        var singles = rules.Where(r => !r.IsCombination && r.Fires(answers, patterns, age)).ToArray();
        var combinations = rules.Where(r => r.IsCombination).Select(r => Combine(r, singles)).OfType<RedFlagFinding>();
        var findings = combinations.Concat(singles.Select(RedFlagFinding.Of))
            .Select((f, i) => (f, i)).OrderByDescending(x => x.f.Rule.Urgency).ThenBy(x => x.i).Select(x => x.f).ToArray();
        var overall = findings.Length == 0 ? Urgency.Self : findings[0].Rule.Urgency;
        var unanswered = questions.Where(q => !answers.IsAnswered(q.Id) && (q.AskIf is null || answers.IsYes(q.AskIf))).ToArray();
        return new RedFlagResult(findings, overall, unanswered, age is null && rules.Any(r => r.NeedsAge), answers.Answered.Count);
    }

    private static RedFlagFinding? Combine(RedFlagRule rule, RedFlagRule[] fired)
    {
        var requires = rule.Requires!;
        var firedIds = fired.ToDictionary(r => r.Id, StringComparer.Ordinal);
        if ((requires.All ?? []).Any(id => !firedIds.ContainsKey(id)))
        {
            return null;
        }

        var any = (requires.Any ?? []).Where(firedIds.ContainsKey).Select(id => firedIds[id]).ToArray();
        // Rules answered by the same question count once: one answer is not a cluster.
        var distinct = any.Select(r => r.QuestionId ?? r.Id).Distinct(StringComparer.Ordinal).Count();
        if (requires.Any is { Count: > 0 } && distinct < requires.AtLeast)
        {
            return null;
        }

        var because = (requires.All ?? []).Select(id => firedIds[id]).Concat(any).Distinct().ToArray();
        // The rule's own words name what it requires ("After cancer, …"); "{flags}" names what came with it, so a flag is never
        // named twice. A combination of "any" alone names them all.
        return RedFlagFinding.Of(rule, because, any.Length > 0 ? any : because);
    }
}
