using System.Globalization;

namespace Harrier.Core.Pain;

/// <summary>
/// What a pain entry must be before it is kept, for the web form, the API and the CLI alike: a day that has happened and is not long
/// past, a handful of places the pain spreads to, and notes of a readable length.
/// </summary>
public static class PainEntryRules
{
    /// <summary>How far back an entry may be dated, in years (the journal is for the pain of now, not a life history).</summary>
    public const int MaxYearsBack = 5;

    /// <summary>The most places one entry may say the pain spreads to.</summary>
    public const int MaxSpreadsTo = 12;

    /// <summary>What a runner reads when an entry names too many places the pain spreads to.</summary>
    public static string TooManySpreads { get; } = string.Create(CultureInfo.InvariantCulture, $"Choose at most {MaxSpreadsTo} places it spreads to.");

    /// <summary>The longest notes, in characters.</summary>
    public const int MaxNotesLength = 4000;

    /// <summary>
    /// The problems with <paramref name="entry"/> on the runner's <paramref name="today"/>, keyed by the API's camelCase field name
    /// ("day", "spreadsTo", "stiffnessMinutes", "notes"), each a sentence for the runner; empty when it can be kept.
    /// </summary>
    public static Dictionary<string, string> Problems(PainEntry entry, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var earliest = today.AddYears(-MaxYearsBack);
        if (entry.Day > today)
        {
            problems["day"] = "The day cannot be in the future.";
        }
        else if (entry.Day < earliest)
        {
            problems["day"] = string.Create(CultureInfo.InvariantCulture, $"Choose a day from {earliest:d MMM yyyy} to today.");
        }

        if (entry.SpreadsTo.Count > MaxSpreadsTo)
        {
            problems["spreadsTo"] = TooManySpreads;
        }

        if (entry.StiffnessMinutes is < 0 or > 1440)
        {
            problems["stiffnessMinutes"] = "Enter minutes from 0 to 1440.";
        }

        if (entry.Notes is { Length: > MaxNotesLength })
        {
            problems["notes"] = string.Create(CultureInfo.InvariantCulture, $"Keep notes to {MaxNotesLength} characters.");
        }

        return problems;
    }
}
