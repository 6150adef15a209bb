namespace Harrier.Core.Activities;

public static class ActivitySportExtensions
{
    /// <summary>True for sports done on foot, whose cadence is counted in steps.</summary>
    public static bool IsOnFoot(this ActivitySport sport) =>
        sport is ActivitySport.Running or ActivitySport.Walking or ActivitySport.Hiking;

    /// <summary>Maps a free-text sport name (TCX <c>Sport</c>, GPX <c>type</c>, FIT sport name) to a sport; see <see cref="SportNames"/>.</summary>
    public static ActivitySport ParseName(string? name) => SportNames.Parse(name);

    /// <summary>The sport as a lower-case word for messages: "running", "cycling", "transition", "other sport", "unknown sport".</summary>
    public static string Word(this ActivitySport sport) => sport switch
    {
        ActivitySport.Other => "other sport",
        ActivitySport.Unknown => "unknown sport",
        _ => sport.ToString().ToLowerInvariant(),
    };
}
