namespace Harrier.Core.Pain;

/// <summary>What the pain decision says to do with training, most relaxed first (the order is used: a larger value is more cautious).</summary>
public enum PainAction
{
    /// <summary>Carry on to the next session as planned.</summary>
    Progress = 0,

    /// <summary>Do not step up: stay at the level of the last session.</summary>
    Hold = 1,

    /// <summary>Repeat the last session before moving on.</summary>
    Repeat = 2,

    /// <summary>Make the next session easier.</summary>
    Reduce = 3,

    /// <summary>Make the coming week an easier week.</summary>
    Deload = 4,

    /// <summary>Stop training until a clinician has seen the runner.</summary>
    Suspend = 5,
}
