using System.Globalization;

namespace Harrier.Core.Exercises;

/// <summary>How much and how often. Any of sets, reps, hold and minutes may be absent (a cue has none).</summary>
/// <param name="EachSide">The sets, reps or hold apply to each side.</param>
/// <param name="Frequency">Plain words, e.g. "2–3 times a week, not on consecutive days".</param>
/// <param name="Basis">Where the numbers come from, e.g. "typical starting dose, not from a trial [design choice]".</param>
public sealed record ExerciseDose(
    int? Sets, int? Reps, int? HoldSeconds, int? Minutes, bool EachSide, string Frequency, string Basis)
{
    /// <summary>The dose in one line, e.g. "3 sets × 10 reps, each side; 2–3 times a week".</summary>
    public string Text
    {
        get
        {
            var parts = new List<string>();
            var amount = (Sets, Reps, HoldSeconds) switch
            {
                ({ } s, { } r, { } h) => string.Create(CultureInfo.InvariantCulture, $"{s} sets × {r} reps, {h} s hold"),
                ({ } s, { } r, null) => string.Create(CultureInfo.InvariantCulture, $"{s} sets × {r} reps"),
                ({ } s, null, { } h) => string.Create(CultureInfo.InvariantCulture, $"{s} × {h} s hold"),
                _ => null,
            };
            parts.AddRange(new[] { amount, EachSide ? "each side" : null }.OfType<string>());
            if (Minutes is { } m)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"about {m} min"));
            }

            var head = string.Join(", ", parts);
            return head.Length == 0 ? Frequency : $"{head}; {Frequency}";
        }
    }
}
