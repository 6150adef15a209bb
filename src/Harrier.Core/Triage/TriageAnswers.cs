using System.Text.Json;
using System.Text.Json.Serialization;
using Harrier.Core.Answers;
using Harrier.Core.Pain;

namespace Harrier.Core.Triage;

/// <summary>The troubleshooter questionnaire, as documented in <c>docs/triage-input.md</c>. Every answer is optional.</summary>
/// <remarks>An answer left out (null) never scores: the troubleshooter does not guess what the runner did not say.</remarks>
public sealed record TriageAnswers
{
    /// <summary>JSON settings for <c>harrier triage --input</c>: camelCase names, kebab-case enum values, unknown names refused.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        WriteIndented = true,
    };

    /// <summary>Where it hurts; the rules for this region are used.</summary>
    public BodyRegion Region { get; init; } = BodyRegion.LowerBack;

    public double? BodyMassKg { get; init; }

    public double? HeightCm { get; init; }

    /// <summary>How long the runner has been running regularly.</summary>
    public int? RunningMonths { get; init; }

    /// <summary>Distance run in the first week of running (or of coming back).</summary>
    public double? FirstWeekKilometers { get; init; }

    public double? WeeklyKilometersNow { get; init; }

    /// <summary>Weekly distance two weeks ago, to measure progression (Nielsen 2014 looked at 2-week progression).</summary>
    public double? WeeklyKilometersTwoWeeksAgo { get; init; }

    /// <summary>"Did one recent run go clearly further than any in the month before?"</summary>
    public bool? RecentLongerRun { get; init; }

    public HillExposure? Hills { get; init; }

    /// <summary>"Is the pain worse on or after hills?"</summary>
    public bool? PainWorseOnHills { get; init; }

    /// <summary>Started running in a new pair in the last 4 weeks.</summary>
    public bool? NewShoes { get; init; }

    /// <summary>The new pair is a different model or type from the last.</summary>
    public bool? ChangedShoeModel { get; init; }

    /// <summary>Distance on the current pair, when the runner knows it.</summary>
    public double? ShoeKilometers { get; init; }

    /// <summary>Ran mostly on a treadmill or elliptical before and moved to running outdoors in the last 6 weeks.</summary>
    public bool? MovedOutdoorsFromTreadmillOrElliptical { get; init; }

    /// <summary>Recently started running on grass or barefoot.</summary>
    public bool? StartedGrassOrBarefoot { get; init; }

    public double? HoursSittingPerDay { get; init; }

    /// <summary>The front of the hip feels tight, e.g. after sitting.</summary>
    public bool? FrontOfHipFeelsTight { get; init; }

    /// <summary>Strength sessions a week (any kind) over the last month.</summary>
    public int? StrengthSessionsPerWeek { get; init; }

    /// <summary>Runs leaning forward or hunched, as the runner or an observer sees it.</summary>
    public bool? LeansForward { get; init; }

    /// <summary>Watches the ground just ahead while running.</summary>
    public bool? WatchesGround { get; init; }

    /// <summary>Pain spreads into the leg below the knee.</summary>
    public bool? PainSpreadsBelowKnee { get; init; }

    /// <summary>The leg pain is shooting, electric or burning, in a band.</summary>
    public bool? ShootingOrBurningLegPain { get; init; }

    /// <summary>Numbness or pins and needles in the leg or foot.</summary>
    public bool? NumbnessOrTingling { get; init; }

    /// <summary>
    /// Puts the typed answers together with what Harrier already knows: a typed answer wins (the runner corrects the log), a
    /// known one fills a gap, so each fact has one value. Returns the answers and, for each answer given, where it came from.
    /// </summary>
    /// <param name="typed">What the runner typed (null fields are "not answered").</param>
    /// <param name="known">What Harrier knows (<see cref="KnownAnswers.From"/>).</param>
    public static (TriageAnswers Answers, IReadOnlyDictionary<string, string> Origins) Reconcile(
        TriageAnswers typed, IReadOnlyList<KnownAnswer> known)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        var node = JsonSerializer.SerializeToNode(typed, JsonOptions)!.AsObject();
        var origins = node.Where(p => p.Value is not null && p.Key != "region")
            .ToDictionary(p => p.Key, _ => YouSaid, StringComparer.Ordinal);
        foreach (var answer in known.Where(a => node[a.Field] is null))
        {
            node[answer.Field] = System.Text.Json.Nodes.JsonNode.Parse(answer.Value.GetRawText());
            origins[answer.Field] = answer.Origin;
        }

        return (node.Deserialize<TriageAnswers>(JsonOptions)!, origins);
    }

    /// <summary>Where a typed answer came from.</summary>
    public const string YouSaid = "you said";

    private static readonly (string Field, AnswerRange Range, Func<TriageAnswers, double?> Value)[] Numbers =
    [
        ("bodyMassKg", AnswerLimits.BodyMassKg, a => a.BodyMassKg),
        ("heightCm", AnswerLimits.HeightCm, a => a.HeightCm),
        ("runningMonths", AnswerLimits.RunningMonths, a => a.RunningMonths),
        ("firstWeekKilometers", AnswerLimits.FirstWeekKilometers, a => a.FirstWeekKilometers),
        ("weeklyKilometersNow", AnswerLimits.WeeklyKilometersNow, a => a.WeeklyKilometersNow),
        ("weeklyKilometersTwoWeeksAgo", AnswerLimits.WeeklyKilometersTwoWeeksAgo, a => a.WeeklyKilometersTwoWeeksAgo),
        ("shoeKilometers", AnswerLimits.ShoeKilometers, a => a.ShoeKilometers),
        ("hoursSittingPerDay", AnswerLimits.HoursSittingPerDay, a => a.HoursSittingPerDay),
        ("strengthSessionsPerWeek", AnswerLimits.StrengthSessionsPerWeek, a => a.StrengthSessionsPerWeek),
    ];

    /// <summary>The bounds of each number answer, by its JSON name (<see cref="AnswerLimits"/>): the web form's min and max, and
    /// what <see cref="Problems"/> checks for every path.</summary>
    public static IReadOnlyDictionary<string, AnswerRange> Ranges { get; } =
        Numbers.ToDictionary(n => n.Field, n => n.Range, StringComparer.Ordinal);

    /// <summary>Every number answer outside its bounds, by JSON name, in plain words; empty when all are fine.</summary>
    /// <remarks>The one check of these bounds: the web form, <c>POST /api/triage</c> and <c>harrier triage</c> all call it, so an
    /// impossible value (40 hours sitting a day, −5 kg) is refused everywhere and never reported back as if it were true.</remarks>
    public IReadOnlyDictionary<string, string> Problems()
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, range, value) in Numbers)
        {
            if (range.Check(value(this)) is { } error)
            {
                problems[field] = error;
            }
        }

        return problems;
    }

    /// <summary>Reads a questionnaire from its JSON text.</summary>
    /// <exception cref="JsonException">The text is not a valid questionnaire; the message says where.</exception>
    public static TriageAnswers Parse(string json) =>
        JsonSerializer.Deserialize<TriageAnswers>(json, JsonOptions) ?? throw new JsonException("The answers file is empty (null).");
}
