using Harrier.Core.Screening;
using Harrier.Core.Troubleshooter;

namespace Harrier.Cli.Commands.Triage;

/// <summary>A triggered red flag as <c>harrier triage --json</c> writes it.</summary>
/// <param name="Id">The rule's id (<c>red-flags.rules.json</c>).</param>
/// <param name="Urgency">emergency, today, soon or self.</param>
/// <param name="Message">What to do, in plain words.</param>
/// <param name="TellClinician">What to tell the clinician.</param>
/// <param name="Source">Where the rule comes from.</param>
/// <param name="Grade">The research grade of the rule.</param>
internal sealed record RedFlagOutput(string Id, Urgency Urgency, string Message, string TellClinician, string Source, EvidenceGrade Grade)
{
    public static RedFlagOutput From(RedFlagRule rule) =>
        new(rule.Id, rule.Urgency, rule.Action, rule.TellClinician, rule.Source, rule.Grade);
}
