namespace Harrier.Core.Plans;

/// <summary>How well a logged run fits a planned session (<see cref="SessionMatch"/>).</summary>
public enum SessionMatchKind
{
    /// <summary>Another day, not a run, or not a running session: never offered.</summary>
    None = 0,

    /// <summary>A run on the session's day: offered to the runner as the session's outcome.</summary>
    Possible = 1,

    /// <summary>The one run that day whose time is close to the session's: linked without asking.</summary>
    Clear = 2,
}
