using System.Globalization;
using Harrier.Core.Pain;
using Harrier.Core.Screening;

namespace Harrier.Core.Coaching;

/// <summary>Orders a coach's clients by who needs attention first, with the reasons.</summary>
/// <remarks>
/// Order: an open warning sign (most urgent first), then pain not settling (the pain decision says repeat, reduce or an easier
/// week), then an intake due, then missed sessions (most missed first), then a recent single-run spike, worn shoes, and clients on
/// track; ties by name. Health reasons need the health scope; without it they are neither shown nor used.
/// </remarks>
public static class Roster
{
    /// <summary>A pair past this distance counts as worn (the top of the common 500–800 km rule of thumb, not research).</summary>
    public const double WornShoeKilometers = 800;

    /// <summary>The roster, most pressing first.</summary>
    public static IReadOnlyList<RosterEntry> Order(IEnumerable<ClientSnapshot> clients)
    {
        ArgumentNullException.ThrowIfNull(clients);
        return clients.Select(Entry)
            .OrderBy(e => e.Attention)
            .ThenByDescending(e => e.Client.OpenWarningSign?.Overall ?? Urgency.Self)
            .ThenByDescending(e => e.Attention == Attention.MissedSessions ? e.Client.Missed : 0)
            .ThenBy(e => e.Client.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToArray();
    }

    /// <summary>One client's attention and reasons.</summary>
    public static RosterEntry Entry(ClientSnapshot client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var reasons = new List<(Attention Kind, string Text)>();
        if (client.OpenWarningSign is { } flag)
        {
            reasons.Add((Attention.WarningSign, Text($"Warning sign on {flag.Day:d MMM}: {ScreenHeadline.For(flag).Heading.ToLowerInvariant()}")));
        }

        if (client.PainDecision is { Action: PainAction.Repeat or PainAction.Reduce or PainAction.Deload } pain)
        {
            reasons.Add((Attention.RisingPain, $"Pain not settling: {pain.Action.Words()}"));
        }

        if (!client.Intake.IsValid)
        {
            reasons.Add((Attention.IntakeDue, "Intake due"));
        }

        if (client.Missed > 0)
        {
            reasons.Add((Attention.MissedSessions, Text($"Missed {client.Missed} of {client.Planned} sessions in the last 14 days")));
        }

        if (client.SpikeDay is { } spike)
        {
            reasons.Add((Attention.Spike, Text($"A run on {spike:d MMM} went more than 10% past their longest of the month before")));
        }

        if (client.WornShoe is { } shoe)
        {
            reasons.Add((Attention.WornShoes, Text($"{shoe} is past {WornShoeKilometers} km (a rule of thumb, not research)")));
        }

        var ordered = reasons.OrderBy(r => r.Kind).ToArray();
        return new RosterEntry(client, ordered.Length == 0 ? Attention.OnTrack : ordered[0].Kind, ordered.Select(r => r.Text).ToArray());
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
