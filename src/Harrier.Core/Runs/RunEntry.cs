using Harrier.Core.Units;

namespace Harrier.Core.Runs;

/// <summary>A run as a runner enters it by hand (web form, API or CLI), already checked with <see cref="RunCheck"/>.</summary>
/// <param name="Name">The run's title; null for none.</param>
public sealed record RunEntry(
    DateTime StartUtc, string TimeZoneId, Distance Distance, TimeSpan Duration, Effort Effort, Surface Surface, int? ShoeId, string? Notes,
    string? Name = null);
