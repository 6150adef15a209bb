using System.Globalization;

namespace Harrier.Core.Intake;

/// <summary>Assesses an intake: the PAR-Q+ (EVIDENCE §5.1) and the ACSM pre-participation algorithm (§5.2), combined.</summary>
/// <remarks>
/// <para>Both are screening tools, used together: the combined verdict is the more cautious of the two, and the next steps follow
/// that verdict (a step never says "start" when the verdict says "see someone first"). The PAR-Q+ declaration adds advice for
/// people over 45 not used to vigorous exercise ("consult a qualified exercise professional before engaging in this intensity")
/// [S]. Harrier informs; it does not clear anyone for exercise: the wording says what the tools recommend.</para>
/// <para>One set of answers feeds both tools: a PAR-Q+ yes to a heart or cardiovascular condition, or a metabolic condition such as
/// diabetes, is ACSM's "known disease"; a PAR-Q+ yes to chest pain or to dizziness or fainting is one of ACSM's signs and symptoms.
/// Back or leg pain now, and chest pain, dizziness or fainting, or breathlessness, send the person to the warning-signs check
/// before any exercise (its chest-pain question asks when, which decides how urgent it is, EVIDENCE §4.7).</para>
/// </remarks>
public static class IntakeAssessment
{
    /// <summary>The age above which the PAR-Q+ declaration's advice about vigorous exercise applies.</summary>
    public const int VigorousAdviceAge = 45;

    /// <summary>The PAR-Q+ follow-ups that are ACSM's known cardiovascular or metabolic disease.</summary>
    private static readonly string[] DiseaseFollowUps = ["heart", "metabolic"];

    /// <summary>The PAR-Q+ page-1 questions that are ACSM signs or symptoms, with the symptom each is.</summary>
    private static readonly (string Id, AcsmSymptom Symptom)[] SymptomQuestions =
        [("chest-pain", AcsmSymptom.ChestDiscomfort), ("dizziness", AcsmSymptom.DizzinessOrFainting)];

    /// <summary>The symptoms the warning-signs check asks about: noticing one sends the person to the check first.</summary>
    private static readonly AcsmSymptom[] CheckFirst =
        [AcsmSymptom.ChestDiscomfort, AcsmSymptom.DizzinessOrFainting, AcsmSymptom.Breathlessness, AcsmSymptom.BreathlessLyingDown];

    /// <summary>Assesses the answers.</summary>
    /// <param name="parQ">PAR-Q+ answers by id (see <see cref="ParQForm"/>).</param>
    /// <param name="history">The activity history (without <see cref="ActivityHistory.Problems"/>).</param>
    /// <param name="screenedOn">The day the warning-signs check was taken on or after this intake, when it was.</param>
    /// <exception cref="ArgumentException">A PAR-Q+ answer refers to an id the form does not have, or the history has problems.</exception>
    public static IntakeOutcome Assess(IReadOnlyDictionary<string, bool> parQ, ActivityHistory history, DateOnly? screenedOn = null)
    {
        ArgumentNullException.ThrowIfNull(parQ);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Problems().FirstOrDefault() is { Key: { } field, Value: { } problem })
        {
            throw new ArgumentException($"The activity history has a problem ({field}): {problem}", nameof(history));
        }

        var par = ParQPlus.Evaluate(parQ);
        var symptoms = Symptoms(parQ, history);
        var disease = history.KnownDisease || DiseaseFollowUps.Any(id => Yes(parQ, id));
        var acsm = AcsmScreening.Recommend(history.RegularExerciser, disease, symptoms.Count > 0, history.TargetIntensity);
        var verdict = par.Outcome == ParQOutcome.Incomplete ? IntakeVerdict.Incomplete : Max(FromParQ(par.Outcome), FromAcsm(acsm));
        var checkFor = CheckReasons(history, symptoms);
        var screenNow = checkFor.Count > 0 && screenedOn is null;
        var steps = Steps(verdict, par, acsm, history, checkFor, screenedOn).ToArray();
        return new IntakeOutcome(verdict, Headline(verdict), steps, par, acsm, screenNow);
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

    /// <summary>The ACSM signs and symptoms of these answers: those ticked in the history and those the PAR-Q+ page 1 reports.</summary>
    public static IReadOnlyList<AcsmSymptom> Symptoms(IReadOnlyDictionary<string, bool> parQ, ActivityHistory history)
    {
        ArgumentNullException.ThrowIfNull(parQ);
        ArgumentNullException.ThrowIfNull(history);
        return history.Symptoms.Concat(SymptomQuestions.Where(q => Yes(parQ, q.Id)).Select(q => q.Symptom)).Distinct().ToArray();
    }

    private static List<string> CheckReasons(ActivityHistory history, IReadOnlyList<AcsmSymptom> symptoms)
    {
        var reasons = new List<string>();
        if (history.CurrentBackOrLegPain)
        {
            reasons.Add("back or leg pain now");
        }

        reasons.AddRange(CheckFirst.Where(symptoms.Contains).Select(s => s.Words().ToLowerInvariant()));
        return reasons;
    }

    private static IEnumerable<string> Steps(
        IntakeVerdict verdict, ParQResult par, AcsmRecommendation acsm, ActivityHistory history, List<string> checkFor, DateOnly? screenedOn)
    {
        if (checkFor.Count > 0)
        {
            var reasons = string.Join("; ", checkFor);
            yield return screenedOn is { } day
                ? Text($"You noted {reasons}, and you took the warning-signs check on {day:d MMM yyyy}. Take it again if anything new or worrying appears.")
                : Text($"You noted {reasons}: take the warning-signs check now, before any exercise.");
        }

        if (verdict == IntakeVerdict.Incomplete)
        {
            yield return Text($"Answer the remaining questions ({par.Missing.Count} left).");
            yield break;
        }

        foreach (var reason in par.Outcome == ParQOutcome.Delay ? ParQForm.Shipped.Delay.Where(d => par.Reasons.Contains(d.Text)).Select(d => d.Advice) : [])
        {
            yield return reason;
        }

        if (par.Outcome == ParQOutcome.SeeProfessional)
        {
            yield return "Complete the ePARmed-X+ (www.eparmedx.com) or see a qualified exercise professional or your health-care provider before becoming more active.";
        }

        // The ACSM step, worded for the verdict that counts: what it permits comes after whatever the verdict asks for first.
        var acsmStep = Acsm(acsm);
        yield return verdict > FromAcsm(acsm) && acsm is not (AcsmRecommendation.StopAndSeekClearance or AcsmRecommendation.ClearanceRecommended)
            ? $"{(verdict == IntakeVerdict.Delay ? "When that has passed" : "After that")}: {char.ToLowerInvariant(acsmStep[0])}{acsmStep[1..]}"
            : acsmStep;

        if (history.Age > VigorousAdviceAge && !history.RegularExerciser)
        {
            yield return "Over 45 and not used to hard exercise: talk to a qualified exercise professional before running hard.";
        }
    }

    private static string Acsm(AcsmRecommendation acsm) => acsm switch
    {
        AcsmRecommendation.StopAndSeekClearance => "Stop exercising and ask your doctor for medical clearance before you carry on; tell them which symptoms you have noticed.",
        AcsmRecommendation.ClearanceRecommended => "Ask your doctor for medical clearance before starting; after that, start with light to moderate running and walking, and progress as tolerated.",
        AcsmRecommendation.ClearanceBeforeVigorous => "Moderate running is fine; ask your doctor for clearance before running hard (fast running, racing).",
        AcsmRecommendation.NotNecessaryForModerate => "Moderate running is fine; if you later want to run hard, ask your doctor first.",
        AcsmRecommendation.NotNecessaryStartLight => "Start with light to moderate running and walking (Couch to 5K is built for this) and progress gradually.",
        _ => "Carry on at moderate or vigorous intensity and progress gradually.",
    };

    private static bool Yes(IReadOnlyDictionary<string, bool> answers, string id) => answers.TryGetValue(id, out var yes) && yes;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

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
