using Harrier.Core.Evidence;

namespace Harrier.Core.Pain;

/// <summary>What a decision rests on: the model or rule that decided, its source as a readable citation, and how well it was checked.</summary>
/// <param name="Name">The model or rule in plain words, e.g. "the pain-monitoring model (adapted)".</param>
/// <param name="Source">A readable citation.</param>
/// <param name="Grade">The evidence grade of the claim.</param>
public sealed record DecisionBasis(string Name, string Source, EvidenceGrade Grade)
{
    /// <summary>The pain-monitoring model: Silbernagel 2007 (after Thomeé 1997), validated in Achilles tendinopathy, so "adapted" here.</summary>
    /// <remarks>EVIDENCE §3: the trial's abstract is verified; the model's rules come from secondary sources, hence the grade.</remarks>
    public static DecisionBasis PainMonitoringModel { get; } = new(
        "Adapted from the pain-monitoring model (Silbernagel 2007)",
        "Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Am J Sports Med 2007;35(6):897-906; validated in Achilles tendinopathy, "
        + "not back pain, so Harrier uses it adapted",
        EvidenceGrade.Secondary);

    /// <summary>The advice to check for warning signs when symptoms are new or changed (NICE NG59, recommendation 1.1.1).</summary>
    public static DecisionBasis NewSymptomCheck { get; } = new(
        "Check for warning signs when symptoms are new or changed",
        "NICE NG59 Low back pain and sciatica in over 16s (2016, updated 2020), recommendation 1.1.1",
        EvidenceGrade.Secondary);

    /// <summary>One line: the name and the source, e.g. for a plan change's history.</summary>
    public string Text => $"{Name}. Source: {Source}";
}
