using Harrier.Core.Evidence;
using Harrier.Core.Screening;

namespace Harrier.Core.Triage;

/// <summary>A warning sign that fired, on the wire.</summary>
public sealed record FindingDocument(
    string Id, string Label, Urgency Urgency, string Action, string TellClinician, string Source, EvidenceGrade Grade, string GradeWords,
    IReadOnlyList<string> Because)
{
    public static FindingDocument From(RedFlagFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var rule = finding.Rule;
        return new FindingDocument(rule.Id, rule.Label, rule.Urgency, finding.Action, finding.TellClinician, rule.Source, rule.Grade,
            rule.Grade.Words(), finding.Because.Select(b => b.Label).ToArray());
    }
}
