using Harrier.Core.Plans;

namespace Harrier.Data.Pain;

/// <summary>What a morning check-in led to: the model's decision (null when no running-related pain was reported this week) and the plan change made, if any.</summary>
public sealed record CheckInResult(PainDecision? Decision, PlanChange? Change);
