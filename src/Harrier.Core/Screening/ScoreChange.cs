namespace Harrier.Core.Screening;

/// <summary>The change between two scores of the same questionnaire. For the Oswestry index and STarT Back, lower is better.</summary>
/// <param name="From">The earlier score.</param>
/// <param name="To">The later score.</param>
/// <param name="MinimalImportantChange">The smallest change the evidence calls important, or null when none is documented.</param>
public sealed record ScoreChange(ScorePoint From, ScorePoint To, double? MinimalImportantChange)
{
    /// <summary>Later minus earlier: negative means the score went down (better, for these questionnaires).</summary>
    public double Difference => To.Score - From.Score;

    /// <summary>True when the change is larger than <see cref="MinimalImportantChange"/>; null when no threshold is documented.</summary>
    public bool? IsImportant => MinimalImportantChange is { } threshold ? Math.Abs(Difference) > threshold : null;
}
