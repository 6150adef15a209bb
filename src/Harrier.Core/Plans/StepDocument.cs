namespace Harrier.Core.Plans;

/// <summary>One step of a session as the API and <c>--json</c> write it: kind ("warm-up", "run", …) and seconds or metres.</summary>
public sealed record StepDocument(string Kind, int? Seconds, double? Meters);
