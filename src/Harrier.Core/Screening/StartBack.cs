namespace Harrier.Core.Screening;

/// <summary>Scores the Keele STarT Back Screening Tool (9 items, last 2 weeks).</summary>
/// <remarks>
/// Hill JC et al. Arthritis Rheum 2008;59(5):632–641; scoring as in physio-pedia, wikimsk and physiotutors (EVIDENCE.md §4.4) [S].
/// Items 1–8 score Agree = 1, Disagree = 0; item 9 scores 1 only for "Very much" or "Extremely". Total = items 1–9;
/// psychosocial subscale = items 5–9 (not "1, 4, 7, 8, 9", an error in one copy). Total ≤ 3 → low; total ≥ 4 and
/// subscale ≤ 3 → medium; subscale ≥ 4 → high. The tool has no rule for missing items, so every item must be answered.
/// </remarks>
public static class StartBack
{
    /// <summary>The item wording, items 1–9, each read after "Thinking about the last 2 weeks".</summary>
    public static IReadOnlyList<string> Items { get; } =
    [
        "My back pain has spread down my leg(s) at some time in the last 2 weeks",
        "I have had pain in the shoulder or neck at some time in the last 2 weeks",
        "I have only walked short distances because of my back pain",
        "In the last 2 weeks, I have dressed more slowly than usual because of back pain",
        "It's not really safe for a person with a condition like mine to be physically active",
        "Worrying thoughts have been going through my mind a lot of the time",
        "I feel that my back pain is terrible and it's never going to get any better",
        "In general I have not enjoyed all the things I used to enjoy",
        "Overall, how bothersome has your back pain been in the last 2 weeks?",
    ];

    /// <summary>Scores a complete set of answers.</summary>
    public static StartBackScore Score(StartBackAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var item9 = answers.Bother >= StartBackBother.VeryMuch ? 1 : 0;
        var psychosocial = answers.Agree.Skip(4).Count(a => a) + item9;
        var total = answers.Agree.Count(a => a) + item9;
        var risk = psychosocial >= 4 ? StartBackRisk.High : total >= 4 ? StartBackRisk.Medium : StartBackRisk.Low;
        return new StartBackScore(total, psychosocial, risk);
    }

    /// <summary>Checks and scores raw responses: nine values, items 1–8 as 0 (disagree) or 1 (agree), item 9 as 0–4
    /// (not at all, slightly, moderately, very much, extremely).</summary>
    public static ScoringResult<StartBackScore> Score(IReadOnlyList<int?> responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (responses.Count != Items.Count)
        {
            return new ScoringResult<StartBackScore>([Invariant($"STarT Back has {Items.Count} items; {responses.Count} were given.")]);
        }

        var errors = new List<string>();
        for (var i = 0; i < responses.Count; i++)
        {
            var max = i < StartBackAnswers.AgreeItems ? 1 : (int)StartBackBother.Extremely;
            if (responses[i] is not { } value)
            {
                errors.Add(Invariant($"Item {i + 1} is not answered; STarT Back needs every item."));
            }
            else if (value < 0 || value > max)
            {
                errors.Add(Invariant($"Item {i + 1} must be between 0 and {max}; it was {value}."));
            }
        }

        if (errors.Count > 0)
        {
            return new ScoringResult<StartBackScore>(errors);
        }

        var agree = responses.Take(StartBackAnswers.AgreeItems).Select(r => r == 1).ToArray();
        return new ScoringResult<StartBackScore>(Score(new StartBackAnswers(agree, (StartBackBother)responses[^1]!.Value)));
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
