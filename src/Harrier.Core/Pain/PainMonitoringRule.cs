namespace Harrier.Core.Pain;

/// <summary>One row of the pain-monitoring table: when it applies, what it does to training, and why in plain words.</summary>
/// <param name="Name">A stable name for tests and logs (never shown to a runner).</param>
/// <param name="Applies">Whether the row applies to the trend.</param>
/// <param name="Action">What to do with training.</param>
/// <param name="Reason">The reason in plain words, with the runner's own figures.</param>
public sealed record PainMonitoringRule(string Name, Func<PainTrend, bool> Applies, PainAction Action, Func<PainTrend, string> Reason);
