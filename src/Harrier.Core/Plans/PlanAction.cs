namespace Harrier.Core.Plans;

/// <summary>What an adaptation does to the plan.</summary>
public enum PlanAction
{
    /// <summary>Carry on to the next session as planned.</summary>
    Progress = 0,

    /// <summary>Do not step up: the next session repeats the level of the last one.</summary>
    Hold = 1,

    /// <summary>Repeat the last session (or week) before moving on.</summary>
    Repeat = 2,

    /// <summary>Make the next session easier.</summary>
    Reduce = 3,

    /// <summary>Make the coming week an easier week.</summary>
    Deload = 4,

    /// <summary>Stop the plan until the runner has seen a clinician.</summary>
    Suspend = 5,

    /// <summary>Move the sessions still to do onto the next training days, in order.</summary>
    Realign = 6,

    /// <summary>End a pause: the sessions still to do move later by whole weeks, on the same weekdays.</summary>
    Resume = 7,

    /// <summary>The runner moved a session to another day (or another time), with a reason.</summary>
    Move = 8,

    /// <summary>The runner swapped two sessions' days, with a reason.</summary>
    Swap = 9,

    /// <summary>The runner set the usual session times.</summary>
    Retime = 10,

    /// <summary>The plan's progression waits: the current week's level is repeated through a remedy experiment, the rest moves later.</summary>
    Steady = 11,
}
