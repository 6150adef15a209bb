using System.Text.Json;
using Harrier.Core.Exercises;

namespace Harrier.Core.Triage;

/// <summary>Ranks the candidate contributors to a runner's pain from the answers and the runner's own log.</summary>
/// <remarks>
/// Every rule of <see cref="PainRules"/> for the answers' region is scored: points of the answer cues that hold, plus points of its
/// log comparison (<see cref="LogEvidence"/>). Only contributors that scored are ranked; equal scores share a place (the order
/// within a place, by research grade and table order, is for reading only). Contributors whose log comparison lacked data are
/// listed apart with the data that would tell; the rest are "not indicated". A rule that refers (<see cref="PainRule.Refer"/>: a
/// pattern to get checked, not a cause Harrier can rank) is never ranked: when it scores it is returned apart, to show first. The
/// points are Harrier's design [D]: they order
/// candidates to try, they do not measure a probability. Deterministic: same inputs, same output.
/// </remarks>
public static class ContributorRanking
{
    /// <summary>Ranks the contributors.</summary>
    /// <param name="answers">The reconciled answers (typed, or known from the runner's data).</param>
    /// <param name="origins">Where each answer came from, by answer name (see <see cref="TriageAnswers.Reconcile"/>).</param>
    /// <param name="history">The runner's runs and pain signals.</param>
    /// <param name="today">The runner's today; nothing after it is read.</param>
    /// <returns>The ranked contributors, the patterns to get checked, those that need more data, and those not indicated.</returns>
    public static (IReadOnlyList<RankedContributor> Ranked, IReadOnlyList<Contributor> ToCheck, IReadOnlyList<Contributor> NeedData,
        IReadOnlyList<Contributor> NotIndicated) Rank(
        TriageAnswers answers, IReadOnlyDictionary<string, string> origins, TriageHistory history, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(origins);
        ArgumentNullException.ThrowIfNull(history);
        var facts = TriageFacts.Of(answers);
        var log = LogContext.Build(history.Runs, history.Signals, today);
        var scored = PainRules.For(answers.Region)
            .Select((rule, index) => (Contributor: Score(rule, facts, origins, log), Index: index))
            .ToArray();
        var toCheck = scored.Where(x => x.Contributor is { Refer: true, Score: > 0 }).Select(x => x.Contributor).ToArray();
        var ranked = scored.Where(x => x.Contributor is { Refer: false, Score: > 0 })
            .OrderByDescending(x => x.Contributor.Score).ThenBy(x => x.Contributor.Grade).ThenBy(x => x.Index)
            .Select(x => x.Contributor).ToArray();
        var places = ranked.Select(c => new RankedContributor(
            1 + ranked.Count(other => other.Score > c.Score), ranked.Count(other => other.Score == c.Score) > 1, c)).ToArray();
        var rest = scored.Where(x => x.Contributor.Score == 0).Select(x => x.Contributor).ToArray();
        return (places, toCheck, rest.Where(c => c.NotEnoughData).ToArray(), rest.Where(c => !c.NotEnoughData).ToArray());
    }

    /// <summary>Scores one rule against the answers and the log.</summary>
    internal static Contributor Score(
        PainRule rule, IReadOnlyDictionary<string, JsonElement> facts, IReadOnlyDictionary<string, string> origins, LogContext log)
    {
        var cues = rule.Cues.Where(c => c.When.All(w => w.Holds(facts))).ToArray();
        var finding = LogEvidence.Find(rule.Log, log);
        var evidence = cues.Select(c => Line(c, facts, origins)).Concat(finding.Lines).ToArray();
        var actions = rule.Actions.Select(a => new SuggestedExercise(a.Exercise, ExerciseLibrary.Get(a.Exercise).Name, a.Dose)).ToArray();
        return new Contributor(rule.Id, rule.Title, cues.Sum(c => c.Points) + finding.Points, evidence, rule.Grade, rule.Source,
            rule.Strength, actions, finding.NotEnoughData, LogEvidence.WouldTell(rule.Log), rule.Advice, rule.Refer);
    }

    private static string Line(RuleCue cue, IReadOnlyDictionary<string, JsonElement> facts, IReadOnlyDictionary<string, string> origins)
    {
        var text = cue.Says;
        foreach (var (name, value) in facts)
        {
            text = text.Replace("{" + name + "}", TriageFacts.Show(value), StringComparison.Ordinal);
        }

        var field = TriageFacts.SourceOf(cue.When[0].Answer);
        return origins.TryGetValue(field, out var origin) ? $"{text.TrimEnd('.')} ({origin})." : text;
    }
}
