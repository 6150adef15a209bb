namespace Harrier.Core.Pain;

/// <summary>A pain action in plain words, as every page and the CLI's text show it.</summary>
public static class PainActionWords
{
    /// <summary>"carry on as planned", "hold: do not step up", … for the heading of a decision.</summary>
    public static string Words(this PainAction action) => action switch
    {
        PainAction.Progress => "carry on as planned",
        PainAction.Hold => "hold: do not step up",
        PainAction.Repeat => "repeat the last session",
        PainAction.Reduce => "make the next session easier",
        PainAction.Deload => "an easier week",
        PainAction.Suspend => "stop running until a clinician has seen you",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
