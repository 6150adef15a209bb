namespace Harrier.Core.Activities;

/// <summary>The sport of an activity, as far as the file (or its data) says.</summary>
/// <remarks>
/// <see cref="Unknown"/> means the file names no sport, or only a generic one ("other", "generic", "workout");
/// <see cref="Other"/> means it names a sport Harrier does not track separately (rowing, skiing, yoga, …).
/// </remarks>
public enum ActivitySport
{
    Unknown = 0,
    Running = 1,
    Cycling = 2,
    Swimming = 3,
    Walking = 4,
    Hiking = 5,
    Multisport = 6,
    Other = 7,

    /// <summary>The change-over between the legs of a triathlon or duathlon (FIT sport 3).</summary>
    Transition = 8,
}
