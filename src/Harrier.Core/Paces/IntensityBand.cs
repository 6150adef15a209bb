namespace Harrier.Core.Paces;

/// <summary>One of Daniels's training intensities, as a band of fractions of VDOT.</summary>
/// <param name="Name">"Easy", "Threshold" or "Interval".</param>
/// <param name="Low">The slower end, as a fraction of VDOT.</param>
/// <param name="High">The faster end.</param>
/// <param name="Purpose">What the pace is for, in plain words.</param>
public sealed record IntensityBand(string Name, double Low, double High, string Purpose)
{
    /// <summary>
    /// The bands Harrier uses: E 59–74%, T 83–88%, I 95–100% of VO2max. EVIDENCE.md §2.6 marks these <b>[U]</b> (not found in
    /// retrieved source text); they are commonly quoted, kept as data here, and shown with <see cref="TrainingPaces.Caveat"/>.
    /// </summary>
    public static IReadOnlyList<IntensityBand> Daniels { get; } =
    [
        new("Easy", 0.59, 0.74, "Most of your running: relaxed, you can talk."),
        new("Threshold", 0.83, 0.88, "Comfortably hard, about what you could hold for an hour."),
        new("Interval", 0.95, 1.00, "Hard repeats of 3–5 minutes with recovery jogs."),
    ];
}
