namespace Harrier.Data.GroupRuns;

/// <summary>A route a coach uploaded for group runs (Core's <see cref="Core.GroupRuns.GroupRoute"/>), kept once and shared by a series.</summary>
public sealed class StoredRoute
{
    public int Id { get; set; }

    public required string CoachId { get; set; }

    public required string Name { get; set; }

    /// <summary>The points to draw as JSON: [[lat, lon], …], at most <see cref="Core.GroupRuns.GroupRoute.MaxPoints"/>.</summary>
    public required string PointsJson { get; set; }

    public double Meters { get; set; }

    public double AscentMeters { get; set; }

    public DateTime CreatedUtc { get; set; }
}
