namespace Harrier.Core.Pain;

/// <summary>The one decision every pain path reaches: what to do with training, why in plain words, and what it rests on.</summary>
/// <param name="Action">Progress, hold, repeat, reduce, deload or suspend.</param>
/// <param name="Reason">Why, in plain words the runner reads.</param>
/// <param name="Basis">The model or warning-sign rule that decided, with its source.</param>
/// <param name="Rule">The name of the rule that decided (for tests and logs; never shown to a runner).</param>
/// <param name="About">The run day or screen day the decision is about, so the same observation changes the plan only once.</param>
public sealed record PainDecision(PainAction Action, string Reason, DecisionBasis Basis, string Rule, DateOnly? About = null)
{
    /// <summary>The action's wire name: progress, hold, repeat, reduce, deload or suspend.</summary>
    public string ActionName => Action.ToString().ToLowerInvariant();

    /// <summary>True when the runner recorded nothing recently, so the decision rests on no data and changes nothing.</summary>
    public bool NothingToGoOn => Rule == PainMonitoring.NothingRecordedRule;

    /// <summary>The decision as a heading in plain words: the action's words, or that there is nothing to go on yet.</summary>
    public string Heading => NothingToGoOn ? "nothing recorded to go on yet" : Action.Words();
}
