using Harrier.Core.Pain;

namespace Harrier.Core.Screening;

/// <summary>Evaluates the red-flag table (<see cref="RedFlagRules"/>) against a runner's answers, pain entry and age.</summary>
/// <remarks>
/// One engine for every rule: each row says what triggers it (see <see cref="RedFlagRule.Fires"/>). The overall urgency is
/// the most urgent triggered rule; Emergency and Today suspend the plan (EVIDENCE.md §3: "Any red flag → stop and refer";
/// §4.2: "treat any early CES symptom as stop, same-day emergency care").
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
    /// <param name="answers">The yes/no answers given so far.</param>
    /// <param name="painEntry">The pain entry that prompted the screen, if any; its spots, spread and quality may trigger rules.</param>
    /// <param name="age">The runner's age in whole years, if known.</param>
    /// <exception cref="ArgumentException">An answer refers to a question the table does not have.</exception>
    public static RedFlagResult Evaluate(RedFlagAnswers answers, PainEntry? painEntry = null, int? age = null) =>
        Evaluate(RedFlagRules.All, answers, painEntry, age);

    /// <summary>Screens with a given table (for tests and for tables loaded with <see cref="RedFlagRules.Parse"/>).</summary>
    public static RedFlagResult Evaluate(IReadOnlyList<RedFlagRule> rules, RedFlagAnswers answers, PainEntry? painEntry, int? age)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(answers);
        if (age is { } years)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(years, nameof(age));
        }

        var questionIds = rules.Where(r => r.QuestionId is not null).Select(r => r.QuestionId!).Distinct(StringComparer.Ordinal).ToList();
        if (answers.Answered.FirstOrDefault(id => !questionIds.Contains(id, StringComparer.Ordinal)) is { } unknown)
        {
            throw new ArgumentException($"There is no red-flag question '{unknown}'.", nameof(answers));
        }

        var patterns = painEntry is null ? new HashSet<PainPattern>() : PainPatterns.Detect(painEntry);
        var triggered = rules.Where(r => r.Fires(answers, patterns, age)).OrderByDescending(r => r.Urgency).ToArray();
        var overall = triggered.Length == 0 ? Urgency.Self : triggered[0].Urgency;
        var unanswered = questionIds.Where(id => !answers.IsAnswered(id)).ToArray();
        return new RedFlagResult(triggered, overall, unanswered, age is null && rules.Any(r => r.NeedsAge));
    }
}
