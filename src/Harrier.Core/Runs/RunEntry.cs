using Harrier.Core.Units;

namespace Harrier.Core.Runs;

/// <summary>A run as a runner enters it by hand (web form, API or CLI), already checked with <see cref="RunCheck"/>.</summary>
public sealed record RunEntry(
    DateTime StartUtc, string TimeZoneId, Distance Distance, TimeSpan Duration, Effort Effort, Surface Surface, int? ShoeId, string? Notes);
