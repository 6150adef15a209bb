namespace Harrier.Core.Screening;

/// <summary>A runner's scores on one questionnaire over time, so change is visible.</summary>
/// <remarks>
/// The Oswestry index has a documented threshold: minimum detectable change ≈ 10 points and MCID &gt; 10 points
/// (EVIDENCE.md §4.5) [S], so a change counts as important only when it is larger than 10 points. EVIDENCE.md gives no
/// threshold for STarT Back, so its changes are shown without one.
/// </remarks>
public sealed class ScoreHistory
{
    public ScoreHistory(IEnumerable<ScorePoint> points, double? minimalImportantChange)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (minimalImportantChange is { } threshold)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(threshold, nameof(minimalImportantChange));
        }

        Points = points.OrderBy(p => p.Day).ToArray();
        MinimalImportantChange = minimalImportantChange;
    }

    /// <summary>The scores, oldest first (same-day scores keep their given order).</summary>
    public IReadOnlyList<ScorePoint> Points { get; }

    public double? MinimalImportantChange { get; }

    public ScorePoint? Latest => Points.Count == 0 ? null : Points[^1];

    /// <summary>The latest score against the one before it; null with fewer than two scores.</summary>
    public ScoreChange? ChangeFromPrevious => Points.Count < 2 ? null : new(Points[^2], Points[^1], MinimalImportantChange);

    /// <summary>The latest score against the first; null with fewer than two scores.</summary>
    public ScoreChange? ChangeFromFirst => Points.Count < 2 ? null : new(Points[0], Points[^1], MinimalImportantChange);

    /// <summary>Oswestry percentages, with the documented threshold.</summary>
    public static ScoreHistory ForOswestry(IEnumerable<(DateOnly Day, OswestryScore Score)> scores) =>
        new(scores.Select(s => new ScorePoint(s.Day, s.Score.Percent)), Oswestry.MinimalImportantChange);

    /// <summary>STarT Back totals; EVIDENCE.md documents no important-change threshold.</summary>
    public static ScoreHistory ForStartBack(IEnumerable<(DateOnly Day, StartBackScore Score)> scores) =>
        new(scores.Select(s => new ScorePoint(s.Day, s.Score.Total)), null);
}
