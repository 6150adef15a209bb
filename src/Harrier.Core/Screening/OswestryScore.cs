namespace Harrier.Core.Screening;

/// <summary>A scored Oswestry Disability Index.</summary>
/// <param name="Total">Sum of the answered sections (each 0–5).</param>
/// <param name="SectionsAnswered">How many of the 10 sections were answered.</param>
/// <param name="Percent">Total ÷ (5 × sections answered) × 100, unrounded (0–100).</param>
/// <param name="Band">The disability band for <paramref name="Percent"/>.</param>
public sealed record OswestryScore(int Total, int SectionsAnswered, double Percent, OswestryBand Band);
