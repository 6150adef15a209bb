namespace Harrier.Core.Plans;

/// <summary>One row of the pain-monitoring table: when it applies, what it does to the plan, and why in plain words.</summary>
public sealed record PainMonitoringRule(string Name, Func<PainTrend, bool> Applies, PlanAction Action, string Reason);
