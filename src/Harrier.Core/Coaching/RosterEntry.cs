namespace Harrier.Core.Coaching;

/// <summary>A client on the roster: what they need and why, in plain words.</summary>
/// <param name="Client">What the roster knows of the client.</param>
/// <param name="Attention">The most pressing reason for attention.</param>
/// <param name="Reasons">Every reason for attention, most pressing first, in plain words (empty when on track).</param>
public sealed record RosterEntry(ClientSnapshot Client, Attention Attention, IReadOnlyList<string> Reasons);
