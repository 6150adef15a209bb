using Harrier.Core.Pain;
using Harrier.Core.Plans;

namespace Harrier.Core.Troubleshooter;

/// <summary>One candidate contributor, as a row of data in a <c>*.rules.json</c> file (see <see cref="PainRules"/>).</summary>
/// <param name="Id">Stable kebab-case id, e.g. "hills".</param>
/// <param name="Regions">The body-map regions the rule is about.</param>
/// <param name="Title">What the runner sees; low-evidence rules say so in the title.</param>
/// <param name="Grade">The tag of the research claim behind the rule.</param>
/// <param name="Source">The research and the EVIDENCE.md section.</param>
/// <param name="Strength">How strong the research is, in plain words.</param>
/// <param name="Cues">How the questionnaire answers score.</param>
/// <param name="Log">Which comparison in the runner's own log scores.</param>
/// <param name="PlanAction">The plan change suggested when this contributor scores strongly.</param>
/// <param name="Actions">What to try, from the exercise library.</param>
/// <param name="Advice">What to change besides exercises (load, routes, shoes), in plain words.</param>
/// <param name="Refer">True for a pattern to get checked rather than a cause to fix: it sends the runner to the red-flag screen.</param>
public sealed record PainRule(
    string Id,
    IReadOnlyList<BodyRegion> Regions,
    string Title,
    EvidenceGrade Grade,
    string Source,
    string Strength,
    IReadOnlyList<RuleCue> Cues,
    LogProbe Log,
    PlanAction PlanAction,
    IReadOnlyList<RuleAction> Actions,
    string? Advice = null,
    bool Refer = false);
