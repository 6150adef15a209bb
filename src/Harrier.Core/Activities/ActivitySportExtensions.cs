namespace Harrier.Core.Activities;

public static class ActivitySportExtensions
{
    /// <summary>True for sports done on foot, whose cadence is counted in steps.</summary>
    public static bool IsOnFoot(this ActivitySport sport) =>
        sport is ActivitySport.Running or ActivitySport.Walking or ActivitySport.Hiking;

    /// <summary>Maps a free-text sport name (TCX <c>Sport</c>, GPX <c>type</c>, FIT sport name) to a sport.</summary>
    public static ActivitySport ParseName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ActivitySport.Unknown;
        }

        var n = name.Trim();
        return n switch
        {
            _ when Has(n, "run") || Has(n, "jog") => ActivitySport.Running,
            _ when Has(n, "bik") || Has(n, "cycl") || Has(n, "ride") => ActivitySport.Cycling,
            _ when Has(n, "swim") => ActivitySport.Swimming,
            _ when Has(n, "walk") => ActivitySport.Walking,
            _ when Has(n, "hik") => ActivitySport.Hiking,
            _ when Has(n, "multi") => ActivitySport.Multisport,
            _ => ActivitySport.Other,
        };
    }

    private static bool Has(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);
}
