using System.Globalization;

namespace Harrier.Core.Exercises;

/// <summary>One entry of the exercise library: what to do, how much, how good the evidence is and what to watch for.</summary>
/// <param name="Id">Stable kebab-case id that troubleshooter rules refer to, e.g. "glute-bridge".</param>
/// <param name="Purpose">One plain sentence: what it is for.</param>
/// <param name="Instructions">Plain steps in order, unnumbered; <see cref="NumberedInstructions"/> numbers them.</param>
/// <param name="Safety">Conservative practice advice, not evidence claims: when to stop or change the exercise.</param>
/// <param name="Picture">File name of the line drawing in <c>wwwroot/exercises/</c>: always <c>&lt;id&gt;.svg</c>.</param>
public sealed record Exercise(
    string Id,
    string Name,
    string Purpose,
    IReadOnlyList<string> Instructions,
    ExerciseDose Dose,
    ExerciseEvidence Evidence,
    IReadOnlyList<string> Safety,
    string Picture)
{
    /// <summary>"1. …", "2. …" in order.</summary>
    public IReadOnlyList<string> NumberedInstructions => Instructions
        .Select((step, i) => string.Create(CultureInfo.InvariantCulture, $"{i + 1}. {step}")).ToArray();
}
