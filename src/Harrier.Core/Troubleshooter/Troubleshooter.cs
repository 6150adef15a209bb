using System.Globalization;
using System.Text.Json;
using Harrier.Core.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Runs;

namespace Harrier.Core.Troubleshooter;

/// <summary>Ranks the candidate contributors to a runner's pain from the questionnaire and the runner's own log.</summary>
/// <remarks>
/// Every rule of <see cref="PainRules"/> for the answers' region is scored: points of the answer cues that hold, plus points of its
/// log comparison (<see cref="LogEvidence"/>). Contributors with a score, or whose log comparison lacked data (so the runner sees
/// what to record), are ranked by score, then by research grade ([V] before [S], [D], [U]), then by table order. The points are
/// Harrier's design [D]: they order candidates to try, they do not measure a probability. Deterministic: same inputs, same output.
/// </remarks>
public static class Troubleshooter
{
    /// <summary>A contributor at or above this score counts as strong enough to shape the plan action.</summary>
    public const int StrongScore = 3;

    /// <summary>Ranks the contributors.</summary>
    /// <param name="answers">The questionnaire.</param>
    /// <param name="runs">The runner's runs, any order.</param>
    /// <param name="painEntries">The runner's pain journal entries.</param>
    /// <param name="checkIns">The runner's morning check-ins.</param>
    /// <param name="today">The runner's today; nothing after it is read.</param>
    public static TriageResult Rank(TriageAnswers answers, IEnumerable<Run> runs, IEnumerable<PainEntry> painEntries,
        IEnumerable<MorningCheckIn> checkIns, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(painEntries);
        ArgumentNullException.ThrowIfNull(checkIns);
        var facts = TriageFacts.Of(answers);
        var log = LogContext.Build(answers.Region, runs, painEntries, checkIns, today);
        var ranked = PainRules.For(answers.Region)
            .Select((rule, index) => (Contributor: Score(rule, facts, log), Index: index))
            .Where(x => x.Contributor.Score > 0 || x.Contributor.NotEnoughData)
            .OrderByDescending(x => x.Contributor.Score)
            .ThenBy(x => x.Contributor.Grade)
            .ThenBy(x => x.Index)
            .Select(x => x.Contributor)
            .ToArray();
        var (action, reason) = Suggest(ranked, log);
        return new TriageResult(ranked, action, reason);
    }

    /// <summary>Scores one rule against the answers and the log.</summary>
    internal static Contributor Score(PainRule rule, IReadOnlyDictionary<string, JsonElement> facts, LogContext log)
    {
        var cues = rule.Cues.Where(c => c.When.All(w => w.Holds(facts))).ToArray();
        var finding = LogEvidence.Find(rule.Log, log);
        var evidence = cues.Select(c => Fill(c.Says, facts)).Concat(finding.Lines).ToArray();
        return new Contributor(rule.Id, rule.Title, cues.Sum(c => c.Points) + finding.Points, evidence, rule.Grade, rule.Source,
            rule.Strength, rule.Actions, rule.PlanAction, finding.NotEnoughData, rule.Advice, rule.Refer);
    }

    private static (PlanAction Action, string Reason) Suggest(IReadOnlyList<Contributor> ranked, LogContext log)
    {
        var options = new List<(PlanAction Action, string Reason)>();
        var observations = log.Observations;
        if (observations.Count > 0)
        {
            var decision = PainMonitoring.Decide(observations);
            options.Add((decision.Action, $"{decision.Reason} ({PainDecision.Basis}.)"));
        }

        options.AddRange(ranked.Where(c => c.Score >= StrongScore).Select(c => (c.PlanAction,
            string.Create(CultureInfo.InvariantCulture, $"\"{c.Title}\" scores {c.Score}: {Describe(c.PlanAction)}."))));
        if (options.Count == 0)
        {
            return (PlanAction.Hold,
                "Nothing in your answers or log points strongly at one contributor yet; do not step up until the pain settles.");
        }

        // The most cautious suggestion wins; PlanAction's values run from Progress (0) to Suspend (5) in order of caution.
        var best = options[0];
        foreach (var option in options.Skip(1))
        {
            best = option.Action > best.Action ? option : best;
        }

        return best;
    }

    private static string Describe(PlanAction action) => action switch
    {
        PlanAction.Progress => "carry on as planned while you try the suggestions",
        PlanAction.Hold => "do not step up until you have tested it",
        PlanAction.Repeat => "repeat the last session before moving on",
        PlanAction.Reduce => "make the next session easier",
        PlanAction.Deload => "make the coming week an easier week",
        PlanAction.Suspend => "pause the plan",
        _ => "keep the plan as it is",
    };

    private static string Fill(string text, IReadOnlyDictionary<string, JsonElement> facts)
    {
        foreach (var (name, value) in facts)
        {
            text = text.Replace("{" + name + "}", TriageFacts.Show(value), StringComparison.Ordinal);
        }

        return text;
    }
}
