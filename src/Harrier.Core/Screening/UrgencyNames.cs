namespace Harrier.Core.Screening;

/// <summary>The wire names of <see cref="Urgency"/>: emergency, today, soon and self, as the API, the CLI and storage use them.</summary>
public static class UrgencyNames
{
    /// <summary>"emergency", "today", "soon" or "self".</summary>
    public static string Name(this Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "emergency",
        Urgency.Today => "today",
        Urgency.Soon => "soon",
        _ => "self",
    };

    /// <summary>Reads a wire name; anything unknown reads as <see cref="Urgency.Self"/>.</summary>
    public static Urgency Parse(string? name) => name switch
    {
        "emergency" => Urgency.Emergency,
        "today" => Urgency.Today,
        "soon" => Urgency.Soon,
        _ => Urgency.Self,
    };
}
