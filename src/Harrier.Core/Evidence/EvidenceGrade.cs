namespace Harrier.Core.Evidence;

/// <summary>How well the research claim behind a rule, an exercise or a decision was checked: the tags of the evidence base
/// (<c>shared/docs/EVIDENCE.md</c>). One grade for every rule table.</summary>
public enum EvidenceGrade
{
    /// <summary>[V]: read in the primary source or its official abstract.</summary>
    Verified = 0,

    /// <summary>[S]: read only in a secondary source.</summary>
    Secondary = 1,

    /// <summary>[D]: derived from verified inputs; not a claim from any source.</summary>
    Derived = 2,

    /// <summary>[U]: not found in any retrieved source. Never shown as fact.</summary>
    Unverified = 3,
}
