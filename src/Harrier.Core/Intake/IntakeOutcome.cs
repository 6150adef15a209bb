namespace Harrier.Core.Intake;

/// <summary>The intake's result: the combined verdict in plain words with what to do next, and the parts it came from.</summary>
/// <param name="Verdict">The most cautious of the PAR-Q+ and the ACSM recommendation.</param>
/// <param name="Headline">The verdict in plain words, e.g. "Medical clearance recommended before vigorous running".</param>
/// <param name="NextSteps">What to do next, in order.</param>
/// <param name="ParQ">The PAR-Q+ result.</param>
/// <param name="Acsm">The ACSM recommendation.</param>
/// <param name="ScreenNow">True when the warning-signs check comes next: back or leg pain now, or chest pain, dizziness or fainting,
/// or breathlessness noticed (in the PAR-Q+ or the activity history), and no check taken since the intake.</param>
public sealed record IntakeOutcome(
    IntakeVerdict Verdict, string Headline, IReadOnlyList<string> NextSteps, ParQResult ParQ, AcsmRecommendation Acsm, bool ScreenNow)
{
    /// <summary>True when the intake says the person may start running (possibly at moderate intensity only).</summary>
    public bool MayStart => Verdict is IntakeVerdict.Cleared or IntakeVerdict.ClearanceBeforeVigorous;
}
