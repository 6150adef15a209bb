using Harrier.Core.Evidence;

namespace Harrier.Core.Daylight;

/// <summary>One research finding behind a piece of advice, as a readable citation with how well it was checked.</summary>
/// <param name="Citation">Authors, title and where it was published, in words a runner can look up.</param>
/// <param name="Url">Where the finding can be read, or null.</param>
/// <param name="Finding">What the source found, in plain words.</param>
/// <param name="Grade">Whether the finding was read in the source itself (<see cref="EvidenceGrade.Verified"/>) or only second-hand.</param>
public sealed record AdviceSource(string Citation, string? Url, string Finding, EvidenceGrade Grade);
