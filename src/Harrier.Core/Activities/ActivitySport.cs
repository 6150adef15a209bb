namespace Harrier.Core.Activities;

/// <summary>The sport of an activity, as far as the file says.</summary>
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
}
