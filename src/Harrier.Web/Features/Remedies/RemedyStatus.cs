namespace Harrier.Web.Features.Remedies;

/// <summary>Where an experiment stands on the runner's today.</summary>
public enum RemedyStatus
{
    /// <summary>The first period has not begun.</summary>
    Planned,

    /// <summary>Today falls in one of its periods.</summary>
    Running,

    /// <summary>Every period is over.</summary>
    Finished,

    /// <summary>The runner stopped it early; check-ins after that day do not count.</summary>
    Stopped,
}
