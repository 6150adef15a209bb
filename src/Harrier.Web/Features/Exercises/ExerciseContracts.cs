using Harrier.Core.Exercises;

namespace Harrier.Web.Features.Exercises;

/// <summary>One exercise of the library as the API returns it.</summary>
/// <param name="Group">Key of the heading it is listed under on <c>/exercises</c>, e.g. "strength".</param>
/// <param name="Instructions">Plain steps in order; number them when showing them.</param>
/// <param name="Safety">When to stop or change the exercise; show these with the exercise, always.</param>
/// <param name="PictureUrl">Site-relative URL of the SVG line drawing.</param>
/// <param name="PictureDescription">What the drawing shows, for alt text.</param>
/// <param name="PageUrl">Site-relative URL of the exercise's page.</param>
public sealed record ExerciseResponse(
    string Id,
    string Name,
    string Group,
    string Purpose,
    IReadOnlyList<string> Instructions,
    ExerciseDoseResponse Dose,
    ExerciseEvidenceResponse Evidence,
    IReadOnlyList<string> Safety,
    string PictureUrl,
    string PictureDescription,
    string PageUrl)
{
    public static ExerciseResponse From(Exercise e, string pictureDescription) => new(
        e.Id, e.Name, ExerciseGroups.KeyOf(e), e.Purpose, e.Instructions, ExerciseDoseResponse.From(e.Dose),
        ExerciseEvidenceResponse.From(e.Evidence), e.Safety, "/" + ExerciseText.PicturePath(e), pictureDescription,
        "/" + ExerciseText.PagePath(e));
}

/// <summary>How much and how often; absent numbers are null (a cue has none).</summary>
/// <param name="Text">The whole dose in one line, e.g. "3 sets × 10 reps; 2–3 times a week".</param>
/// <param name="Basis">Where the numbers come from.</param>
public sealed record ExerciseDoseResponse(
    int? Sets, int? Reps, int? HoldSeconds, int? Minutes, bool EachSide, string Frequency, string Basis, string Text)
{
    public static ExerciseDoseResponse From(ExerciseDose d) =>
        new(d.Sets, d.Reps, d.HoldSeconds, d.Minutes, d.EachSide, d.Frequency, d.Basis, d.Text);
}

/// <summary>The research behind an exercise.</summary>
/// <param name="Grade">"moderate", "low", "very-low" or "not-studied".</param>
/// <param name="GradeText">The grade in plain words, e.g. "Low evidence".</param>
/// <param name="Effect">"may-help", "small-short-term", "no-preventive-benefit" or "unclear".</param>
/// <param name="Label">Grade and direction in one line, e.g. "Low evidence: may help".</param>
/// <param name="Summary">Plain words, starting with the grade.</param>
/// <param name="Sources">The distinct citations, in order.</param>
public sealed record ExerciseEvidenceResponse(
    string Grade, string GradeText, string Effect, string Label, string Summary, IReadOnlyList<EvidenceClaimResponse> Claims,
    IReadOnlyList<string> Sources)
{
    public static ExerciseEvidenceResponse From(ExerciseEvidence e) => new(
        ExerciseText.Key(e.Certainty), e.CertaintyText, ExerciseText.Key(e.Effect), e.Label, e.Summary,
        e.Claims.Select(c => new EvidenceClaimResponse(c.Claim, ExerciseText.Key(c.Tag), c.TagText, c.Source)).ToArray(), e.Sources);
}

/// <summary>One research claim.</summary>
/// <param name="Tag">How well it was checked: "verified", "secondary", "derived" or "unverified".</param>
/// <param name="TagText">The tag as EVIDENCE.md writes it: "[V]", "[S]", "[D]" or "[U]".</param>
public sealed record EvidenceClaimResponse(string Claim, string Tag, string TagText, string Source);
