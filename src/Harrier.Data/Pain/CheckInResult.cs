using Harrier.Core.Pain;
using Harrier.Core.Plans;

namespace Harrier.Data.Pain;

/// <summary>What recording a pain signal led to: the one pain decision, the plan change made (if any), and whether the warning-signs
/// check should be offered next (something new was reported).</summary>
public sealed record CheckInResult(PainDecision Decision, PlanChange? Change, bool OfferWarningSigns);
