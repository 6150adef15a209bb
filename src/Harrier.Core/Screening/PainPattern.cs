namespace Harrier.Core.Screening;

/// <summary>A shape of symptoms read from a pain journal entry (where it is, where it spreads, what it feels like).</summary>
/// <remarks>See <see cref="PainPatterns.Detect"/> for the exact reading and its sources (EVIDENCE.md §4.2–4.3).</remarks>
public enum PainPattern
{
    /// <summary>Leg pain below the knee that may come from a nerve root, without numbness.</summary>
    NerveRoot,

    /// <summary>The same nerve-root pattern, with numbness.</summary>
    NerveRootWithNumbness,

    /// <summary>Nerve-type symptoms (shooting, tingling, numbness, or spreading from the back) in both legs.</summary>
    BothLegs,
}
