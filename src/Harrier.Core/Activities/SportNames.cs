using System.Globalization;
using System.Text;

namespace Harrier.Core.Activities;

/// <summary>
/// Sport names as activity files and exports write them (English, German, French, Spanish, Italian, Portuguese, Dutch, the
/// Nordic languages, Polish, Czech, Russian, Chinese and Japanese) and Strava's numeric GPX codes, mapped to a sport.
/// </summary>
/// <remarks>
/// A name is compared in a normal form: lower case, accents removed ("Löpning" → "lopning"), words split at separators and
/// at lower-to-upper case changes ("TrailRun" → "trail run", "road_biking" → "road biking"). A rule matches when a word of
/// the name starts with the rule's word (so "lauf" matches "Laufen" but not "Skilanglauf"); a rule written with a trailing
/// space must match a whole word; Chinese and Japanese words match anywhere. The first matching rule in <see cref="Rules"/>
/// wins, so specific words come before general ones ("ski" before "lauf", "rower" (Polish: bicycle) before "row").
/// A name that is only a number is Strava's activity type code (<see cref="StravaCodes"/>): Strava's GPX export writes
/// <c>&lt;type&gt;9&lt;/type&gt;</c> for a run. Generic labels ("generic", "workout") and words no rule knows give
/// <see cref="ActivitySport.Unknown"/>, "other" (Garmin's TCX <c>Sport="Other"</c>) gives <see cref="ActivitySport.Other"/>;
/// for both the readers let pace and cadence decide (<see cref="SportInference"/>), so a walk is not dropped on its label alone.
/// "Treadmill" comes after the walking words, so "treadmill walk" is a walk.
/// </remarks>
public static class SportNames
{
    /// <summary>Whole names that say nothing about the sport: <see cref="ActivitySport.Unknown"/>.</summary>
    public static IReadOnlySet<string> Generic { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "generic", "all", "unknown", "sport", "sports", "activity", "workout", "training", "exercise", "misc", "none", "uncategorized",
        "uncategorised", "default",
    };

    /// <summary>
    /// Whole names that say "some other sport" (Garmin's TCX writes <c>Sport="Other"</c> for walks, swims and paddling
    /// alike): <see cref="ActivitySport.Other"/>, which readers then check against the data (see <see cref="SportInference"/>).
    /// </summary>
    public static IReadOnlySet<string> SomeOther { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "other", "others", "sonstige", "sonstiges", "andere", "autre", "autres", "otro", "otros", "otra", "altro", "altri", "overig", "anders",
    };

    /// <summary>The rules in the order they are tried: (word, sport).</summary>
    public static IReadOnlyList<(string Word, ActivitySport Sport)> Rules { get; } =
    [
        .. Words(ActivitySport.Transition, "transition", "wechselzone"),
        .. Words(ActivitySport.Multisport, "multisport", "multi sport", "triathlon", "duathlon", "aquathlon", "swimrun"),
        .. Words(ActivitySport.Other,
            "ski", "langlauf", "snowboard", "snowshoe", "schneeschuh", "skat", "inline", "rollerski", "rowing", "row ", "rudern", "aviron",
            "remo ", "kayak", "kajak", "canoe", "kanu", "paddl", "sup ", "stand up", "surf", "kitesurf", "windsurf", "sail", "segeln",
            "yoga", "pilates", "strength", "weight", "krafttraining", "musculation", "crossfit", "hiit", "cardio", "elliptical",
            "crosstrainer", "stair", "climb", "klettern", "escalade", "boulder", "golf", "tennis", "padel", "squash", "badminton",
            "soccer", "football", "fussball", "futbol", "basketball", "volleyball", "handball", "hockey", "dance", "tanz", "boxing",
            "martial", "wheelchair", "rollstuhl", "handcycle", "handbike", "motor", "driving", "car ", "auto ", "bus ", "boat", "flight",
            "fitness equipment"),
        .. Words(ActivitySport.Cycling, "rower", "kolarstw"),
        .. Words(ActivitySport.Running,
            "run", "jog", "lauf", "dauerlauf", "course a pied", "footing", "corr", "corsa", "carrera",
            "hardlo", "lopning", "løping", "løb", "juoksu", "bieg", "beh ", "бег", "пробежка", "ランニング", "ジョギング", "跑步", "慢跑"),
        .. Words(ActivitySport.Walking,
            "walk", "geh", "spazier", "marche", "camin", "cammin", "passeggi", "wandel", "promenad", "kavely", "spacer", "chodz",
            "chuze", "ходьба", "прогулка", "ウォーキング", "步行", "散步", "健走"),
        .. Words(ActivitySport.Hiking,
            "hik", "wander", "randonn", "senderis", "escursion", "trekk", "vandr", "vaellus", "wedrow", "turistik", "поход", "ハイキング", "徒步", "登山"),
        .. Words(ActivitySport.Running, "treadmill", "laufband"),
        .. Words(ActivitySport.Cycling,
            "bik", "cycl", "ride", "riding", "radfahr", "fahrrad", "rennrad", "radsport", "radtour", "mountainbik", "ebik", "velo", "ciclis",
            "bicicl", "fiets", "wielren", "cykl", "sykl", "pyoraily", "spinning", "велосипед", "велоспорт", "サイクリング", "骑行", "自行车"),
        .. Words(ActivitySport.Swimming,
            "swim", "schwimm", "natat", "natac", "nuot", "zwem", "simning", "svømm", "uinti", "pływ", "plavan", "плаван", "水泳", "游泳",
            "open water"),
    ];

    /// <summary>
    /// Strava's activity type codes as its GPX export writes them in <c>&lt;type&gt;</c>: 1 ride, 4 hike, 9 run, 10 walk,
    /// 16 swim and 23 rowing are confirmed by published exports; the rest follow Strava's list (2 alpine ski … 31 yoga,
    /// 51 handcycle, 52 wheelchair, 53 virtual run). Other numbers are unknown.
    /// </summary>
    public static IReadOnlyDictionary<int, ActivitySport> StravaCodes { get; } = new Dictionary<int, ActivitySport>
    {
        [1] = ActivitySport.Cycling,
        [2] = ActivitySport.Other,
        [3] = ActivitySport.Other,
        [4] = ActivitySport.Hiking,
        [5] = ActivitySport.Other,
        [6] = ActivitySport.Other,
        [7] = ActivitySport.Other,
        [8] = ActivitySport.Other,
        [9] = ActivitySport.Running,
        [10] = ActivitySport.Walking,
        [11] = ActivitySport.Unknown,
        [12] = ActivitySport.Other,
        [13] = ActivitySport.Other,
        [14] = ActivitySport.Other,
        [15] = ActivitySport.Other,
        [16] = ActivitySport.Swimming,
        [17] = ActivitySport.Cycling,
        [18] = ActivitySport.Cycling,
        [19] = ActivitySport.Cycling,
        [21] = ActivitySport.Other,
        [22] = ActivitySport.Other,
        [23] = ActivitySport.Other,
        [24] = ActivitySport.Other,
        [25] = ActivitySport.Other,
        [26] = ActivitySport.Other,
        [27] = ActivitySport.Other,
        [28] = ActivitySport.Other,
        [29] = ActivitySport.Other,
        [30] = ActivitySport.Other,
        [31] = ActivitySport.Other,
        [51] = ActivitySport.Other,
        [52] = ActivitySport.Other,
        [53] = ActivitySport.Running,
    };

    private static readonly (string Needle, bool Anywhere, ActivitySport Sport)[] Needles =
        [.. Rules.Select(r => (Needle(r.Word), IsCjk(r.Word), r.Sport))];

    /// <summary>The sport a name stands for; <see cref="ActivitySport.Unknown"/> for no name, a generic one or one no rule knows.</summary>
    public static ActivitySport Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
        {
            return ActivitySport.Unknown;
        }

        var trimmed = name.Trim();
        if (int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return StravaCodes.GetValueOrDefault(code, ActivitySport.Unknown);
        }

        var normal = Normalize(trimmed);
        if (Generic.Contains(normal) || SomeOther.Contains(normal))
        {
            return Generic.Contains(normal) ? ActivitySport.Unknown : ActivitySport.Other;
        }

        var padded = " " + normal + " ";
        foreach (var (needle, anywhere, sport) in Needles)
        {
            if (padded.Contains(anywhere ? needle.Trim() : needle, StringComparison.Ordinal))
            {
                return sport;
            }
        }

        return ActivitySport.Unknown;
    }

    /// <summary>Lower case, accents removed, camel case and separators turned into single spaces.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var split = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsUpper(text[i]) && char.IsLower(text[i - 1]))
            {
                split.Append(' ');
            }

            split.Append(text[i]);
        }

        var result = new StringBuilder(split.Length);
        foreach (var c in split.ToString().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var letter = char.IsLetterOrDigit(c);
            if (letter || (result.Length > 0 && result[^1] != ' '))
            {
                result.Append(letter ? c : ' ');
            }
        }

        return result.ToString().Trim();
    }

    private static string Needle(string word) => " " + Normalize(word) + (word.EndsWith(' ') ? " " : "");

    private static bool IsCjk(string word) => word.Length > 0 && word[0] >= '\u2E80';

    private static IEnumerable<(string, ActivitySport)> Words(ActivitySport sport, params string[] words) => words.Select(w => (w, sport));
}
