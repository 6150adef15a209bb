namespace Harrier.Core.Exercises;

/// <summary>How well a claim was checked, using the tags of EVIDENCE.md.</summary>
public enum EvidenceTag
{
    /// <summary>[V]: read in the primary source or its official abstract.</summary>
    Verified,

    /// <summary>[S]: read only in a secondary source.</summary>
    Secondary,

    /// <summary>[D]: derived from verified inputs; not a claim from any source.</summary>
    Derived,

    /// <summary>[U]: not found in any retrieved source. Shown only as "Unverified: …", never as fact.</summary>
    Unverified,
}
