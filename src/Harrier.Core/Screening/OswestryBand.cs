namespace Harrier.Core.Screening;

/// <summary>Oswestry disability bands (EVIDENCE.md §4.5) [S]. The names are the published ones.</summary>
public enum OswestryBand
{
    /// <summary>0–20%.</summary>
    Minimal,

    /// <summary>21–40%.</summary>
    Moderate,

    /// <summary>41–60%.</summary>
    Severe,

    /// <summary>61–80%.</summary>
    Crippled,

    /// <summary>81–100%: bed-bound, or exaggerating symptoms.</summary>
    BedBound,
}
