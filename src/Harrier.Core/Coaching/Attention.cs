namespace Harrier.Core.Coaching;

/// <summary>Why a client needs the coach's attention, most pressing first (the roster's order).</summary>
public enum Attention
{
    /// <summary>An open warning sign (see a clinician now, today or soon).</summary>
    WarningSign,

    /// <summary>Pain not settling: the pain decision says repeat, reduce or an easier week.</summary>
    RisingPain,

    /// <summary>No valid intake.</summary>
    IntakeDue,

    /// <summary>Planned sessions missed in the last 14 days.</summary>
    MissedSessions,

    /// <summary>A single run more than 10% longer than the longest of the 30 days before it, in the last 7 days.</summary>
    Spike,

    /// <summary>Shoes past 800 km (a rule of thumb, not research).</summary>
    WornShoes,

    /// <summary>Nothing needs attention.</summary>
    OnTrack,
}
