namespace Harrier.Core.Intake;

/// <summary>Assesses an intake: the PAR-Q+ (EVIDENCE §5.1) and the ACSM pre-participation algorithm (§5.2), combined.</summary>
/// <remarks>
/// Both are screening tools, used together: the combined verdict is the more cautious of the two. The PAR-Q+ declaration adds
/// advice for people over 45 not used to vigorous exercise ("consult a qualified exercise professional before engaging in this
/// intensity") [S]. Back or leg pain now sends the person to the warning-signs check next. Harrier informs; it does not clear
/// anyone for exercise: the wording says what the tools recommend.
/// </remarks>
public static class IntakeAssessment
{
    /// <summary>The age above which the PAR-Q+ declaration's advice about vigorous exercise applies.</summary>
    public const int VigorousAdviceAge = 45;

    /// <summary>Assesses the answers.</summary>
    /// <param name="parQ">PAR-Q+ answers by id (see <see cref="ParQForm"/>).</param>
    /// <param name="history">The activity history.</param>
    /// <exception cref="ArgumentException">A PAR-Q+ answer refers to an id the form does not have.</exception>
    public static IntakeOutcome Assess(IReadOnlyDictionary<string, bool> parQ, ActivityHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var par = ParQPlus.Evaluate(parQ);
        var acsm = AcsmScreening.Recommend(history.RegularExerciser, history.KnownDisease, history.Symptoms.Count > 0, history.TargetIntensity);
        var verdict = par.Outcome == ParQOutcome.Incomplete ? IntakeVerdict.Incomplete : Max(FromParQ(par.Outcome), FromAcsm(acsm));
        var steps = Steps(verdict, par, acsm, history).ToArray();
        return new IntakeOutcome(verdict, Headline(verdict), steps, par, acsm, history.CurrentBackOrLegPain);
    }

    /// <summary>The verdict in plain words.</summary>
    public static string Headline(IntakeVerdict verdict) => verdict switch
    {
        IntakeVerdict.Incomplete => "Intake not finished",
        IntakeVerdict.Cleared => "No clearance needed: start gently and build up gradually",
        IntakeVerdict.ClearanceBeforeVigorous => "Fine for moderate running; medical clearance recommended before vigorous running",
        IntakeVerdict.SeeProfessional => "See a qualified exercise professional or your doctor before becoming more active",
        IntakeVerdict.MedicalClearance => "Medical clearance recommended before starting",
        IntakeVerdict.Delay => "Wait before becoming more active",
        IntakeVerdict.StopAndSeekClearance => "Stop exercising and get medical clearance before carrying on",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, null),
    };

    private static IEnumerable<string> Steps(IntakeVerdict verdict, ParQResult par, AcsmRecommendation acsm, ActivityHistory history)
    {
        if (history.CurrentBackOrLegPain)
        {
            yield return "You have back or leg pain now: take the warning-signs check next.";
        }

        if (verdict == IntakeVerdict.Incomplete)
        {
            yield return $"Answer the remaining questions ({par.Missing.Count} left).";
            yield break;
        }

        foreach (var reason in par.Outcome == ParQOutcome.Delay ? ParQForm.Shipped.Delay.Where(d => par.Reasons.Contains(d.Text)).Select(d => d.Advice) : [])
        {
            yield return reason;
        }

        yield return acsm switch
        {
            AcsmRecommendation.StopAndSeekClearance => "Stop exercising and ask your doctor for medical clearance before you carry on; tell them which symptoms you have noticed.",
            AcsmRecommendation.ClearanceRecommended => "Ask your doctor for medical clearance before starting; after that, start with light to moderate running and walking, and progress as tolerated.",
            AcsmRecommendation.ClearanceBeforeVigorous => "Moderate running is fine; ask your doctor for clearance before running hard (fast running, racing).",
            AcsmRecommendation.NotNecessaryForModerate => "Moderate running is fine; if you later want to run hard, ask your doctor first.",
            AcsmRecommendation.NotNecessaryStartLight => "Start with light to moderate running and walking (Couch to 5K is built for this) and progress gradually.",
            _ => "Carry on at moderate or vigorous intensity and progress gradually.",
        };
        if (par.Outcome == ParQOutcome.SeeProfessional)
        {
            yield return "Complete the ePARmed-X+ (www.eparmedx.com) or see a qualified exercise professional or your health-care provider before becoming more active.";
        }

        if (history.Age > VigorousAdviceAge && !history.RegularExerciser)
        {
            yield return "Over 45 and not used to hard exercise: talk to a qualified exercise professional before running hard.";
        }
    }

    private static IntakeVerdict FromParQ(ParQOutcome outcome) => outcome switch
    {
        ParQOutcome.Delay => IntakeVerdict.Delay,
        ParQOutcome.SeeProfessional => IntakeVerdict.SeeProfessional,
        _ => IntakeVerdict.Cleared,
    };

    private static IntakeVerdict FromAcsm(AcsmRecommendation recommendation) => recommendation switch
    {
        AcsmRecommendation.StopAndSeekClearance => IntakeVerdict.StopAndSeekClearance,
        AcsmRecommendation.ClearanceRecommended => IntakeVerdict.MedicalClearance,
        AcsmRecommendation.ClearanceBeforeVigorous => IntakeVerdict.ClearanceBeforeVigorous,
        _ => IntakeVerdict.Cleared,
    };

    private static IntakeVerdict Max(IntakeVerdict a, IntakeVerdict b) => a > b ? a : b;
}
