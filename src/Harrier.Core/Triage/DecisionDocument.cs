using Harrier.Core.Evidence;
using Harrier.Core.Pain;

namespace Harrier.Core.Triage;

/// <summary>The pain decision on the wire.</summary>
/// <param name="Action">progress, hold, repeat, reduce, deload or suspend.</param>
/// <param name="Reason">Why, in plain words.</param>
/// <param name="Basis">What it rests on.</param>
/// <param name="Heading">The decision in plain words ("an easier week"; "nothing recorded to go on yet" when there is no data).</param>
public sealed record DecisionDocument(PainAction Action, string Reason, BasisDocument Basis, string Heading)
{
    public static DecisionDocument From(PainDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return new DecisionDocument(decision.Action, decision.Reason,
            new BasisDocument(decision.Basis.Name, decision.Basis.Source, decision.Basis.Grade, decision.Basis.Grade.Words()), decision.Heading);
    }
}
