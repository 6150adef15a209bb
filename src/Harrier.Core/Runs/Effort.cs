namespace Harrier.Core.Runs;

/// <summary>Perceived effort of a whole session on Foster's modified CR-10 scale (0–10).</summary>
/// <remarks>
/// Anchors from Foster C et al., J Strength Cond Res 2001 (table in J Sports Sci Med 2006;5:289): 0 Rest, 1 Very, very easy,
/// 2 Easy, 3 Moderate, 4 Somewhat hard, 5 Hard, 7 Very hard, 10 Maximal; 6, 8 and 9 carry no label.
/// Asked as "How would you rate your entire workout?" about 30 minutes after the session. EVIDENCE.md §2.3 [V].
/// </remarks>
public readonly record struct Effort
{
    public const int Min = 0;
    public const int Max = 10;

    private static readonly string?[] Labels =
        ["Rest", "Very, very easy", "Easy", "Moderate", "Somewhat hard", "Hard", null, "Very hard", null, null, "Maximal"];

    public Effort(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, Min);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, Max);
        Value = value;
    }

    public int Value { get; }

    /// <summary>The scale's anchor for this value, or null for 6, 8 and 9, which the scale leaves unlabelled.</summary>
    public string? Label => Labels[Value];

    /// <summary>"5 – Hard", or "6" for an unlabelled point.</summary>
    public string Describe() => Label is null ? Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{Value} – {Label}";

    /// <summary>Every point of the scale, for pickers.</summary>
    public static IReadOnlyList<Effort> Scale { get; } = Enumerable.Range(Min, Max - Min + 1).Select(v => new Effort(v)).ToArray();

    public override string ToString() => Describe();
}
