using Harrier.Core.Evidence;
using Harrier.Core.Pain;

namespace Harrier.Core.Triage;

/// <summary>One candidate contributor, as a row of data in a <c>*.rules.json</c> file (see <see cref="PainRules"/>).</summary>
/// <param name="Id">Stable kebab-case id, e.g. "hills" (never shown to a runner).</param>
/// <param name="Regions">The body-map regions the rule is about.</param>
/// <param name="Title">What the runner sees; low-evidence rules say so in the title.</param>
/// <param name="Grade">The evidence grade of the research claim behind the rule.</param>
/// <param name="Source">The research, as a readable citation.</param>
/// <param name="Strength">How strong the research is, in plain words.</param>
/// <param name="Cues">How the answers (typed or known from the runner's data) score.</param>
/// <param name="Log">Which comparison in the runner's own log scores.</param>
/// <param name="Actions">What to try, from the exercise library.</param>
/// <param name="Advice">What to change besides exercises (load, routes, shoes), in plain words.</param>
/// <param name="Refer">True for a pattern to get checked rather than a cause to fix: it sends the runner to the warning-signs check.</param>
/// <param name="Evidence">Where the claim sits in the evidence base (for maintainers; never shown to runners).</param>
public sealed record PainRule(
    string Id,
    IReadOnlyList<BodyRegion> Regions,
    string Title,
    EvidenceGrade Grade,
    string Source,
    string Strength,
    IReadOnlyList<RuleCue> Cues,
    LogProbe Log,
    IReadOnlyList<RuleAction> Actions,
    string? Advice = null,
    bool Refer = false,
    string? Evidence = null);
