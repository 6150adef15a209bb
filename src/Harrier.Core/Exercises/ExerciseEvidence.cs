namespace Harrier.Core.Exercises;

/// <summary>The grade of the research behind an exercise, a plain summary and the tagged claims it rests on.</summary>
/// <param name="Summary">Plain words, starting with the certainty ("Low evidence: …") so low evidence is never hidden.</param>
public sealed record ExerciseEvidence(
    EvidenceCertainty Certainty, EvidenceEffect Effect, string Summary, IReadOnlyList<EvidenceClaim> Claims)
{
    /// <summary>"Moderate evidence", "Low evidence", "Very low evidence" or "Not studied".</summary>
    public string CertaintyText => Certainty switch
    {
        EvidenceCertainty.Moderate => "Moderate evidence",
        EvidenceCertainty.Low => "Low evidence",
        EvidenceCertainty.VeryLow => "Very low evidence",
        _ => "Not studied",
    };

    /// <summary>Grade and direction in one line, e.g. "Moderate evidence: no injury-prevention benefit".</summary>
    public string Label => CertaintyText + ": " + Effect switch
    {
        EvidenceEffect.MayHelp => "may help",
        EvidenceEffect.SmallShortTerm => "small, short-term effects",
        EvidenceEffect.NoPreventiveBenefit => "no injury-prevention benefit",
        _ => "unclear",
    };

    /// <summary>The distinct citations, in order.</summary>
    public IReadOnlyList<string> Sources => Claims.Select(c => c.Source).Distinct(StringComparer.Ordinal).ToArray();
}
