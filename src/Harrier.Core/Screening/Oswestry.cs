namespace Harrier.Core.Screening;

/// <summary>Scores the Oswestry Disability Index v2.1a.</summary>
/// <remarks>
/// <para>
/// Fairbank JCT &amp; Pynsent PB, Spine 2000;25(22):2940–2952; scoring as in EVIDENCE.md §4.5 [S]. Ten sections
/// (<see cref="OswestrySection"/>), each scored 0–5. Score (%) = total ÷ (5 × sections answered) × 100, so a missed
/// section is left out of both the total and the maximum: 16/50 = 32%; 16/45 = 35.6% (EVIDENCE.md writes 35.5%, truncating).
/// </para>
/// <para>
/// Bands: 0–20% minimal, 21–40% moderate, 41–60% severe, 61–80% crippled, 81–100% bed-bound. Each band is read as "up to
/// and including its upper bound". With at most ten sections the percentage is 20 × total ÷ sections, which never falls
/// strictly between two bands (between 20 and 21, say), so this reading only matters for out-of-range callers of
/// <see cref="BandOf"/>.
/// </para>
/// <para>
/// EVIDENCE.md gives no limit on how many sections may be missed, so any number is accepted as long as one is answered;
/// <see cref="OswestryScore.SectionsAnswered"/> shows how complete the score is.
/// </para>
/// </remarks>
public static class Oswestry
{
    /// <summary>Sections in the questionnaire.</summary>
    public const int Sections = 10;

    /// <summary>Highest score of one section.</summary>
    public const int MaxPerSection = 5;

    /// <summary>Minimum detectable change (90% confidence) ≈ 10 points; the MCID is quoted as more than 10 points
    /// (EVIDENCE.md §4.5) [S]. A change counts as important only when it is larger than this.</summary>
    public const double MinimalImportantChange = 10;

    /// <summary>Checks and scores raw responses: ten values in <see cref="OswestrySection"/> order,
    /// each 0–5, or null when the section was missed.</summary>
    public static ScoringResult<OswestryScore> Score(IReadOnlyList<int?> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        if (sections.Count != Sections)
        {
            return new([FormattableString.Invariant($"The Oswestry index has {Sections} sections; {sections.Count} were given.")]);
        }

        var errors = sections
            .Select((value, i) => (value, section: (OswestrySection)i))
            .Where(s => s.value is < 0 or > MaxPerSection)
            .Select(s => FormattableString.Invariant($"{s.section} must be scored 0 to {MaxPerSection}; it was {s.value}."))
            .ToList();
        var answered = sections.Where(s => s is not null).Select(s => s!.Value).ToArray();
        if (answered.Length == 0)
        {
            errors.Add("No section is answered.");
        }

        if (errors.Count > 0)
        {
            return new(errors);
        }

        var total = answered.Sum();
        var percent = 100.0 * total / (MaxPerSection * answered.Length);
        return new(new OswestryScore(total, answered.Length, percent, BandOf(percent)));
    }

    /// <summary>The disability band for a percentage (0–100).</summary>
    public static OswestryBand BandOf(double percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        return percent switch
        {
            <= 20 => OswestryBand.Minimal,
            <= 40 => OswestryBand.Moderate,
            <= 60 => OswestryBand.Severe,
            <= 80 => OswestryBand.Crippled,
            _ => OswestryBand.BedBound,
        };
    }
}
