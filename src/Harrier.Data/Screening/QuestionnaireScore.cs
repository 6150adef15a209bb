namespace Harrier.Data.Screening;

/// <summary>A scored questionnaire (STarT Back or the Oswestry Disability Index), kept so change over time is visible.</summary>
public sealed class QuestionnaireScore
{
    public const string StartBack = "start-back";
    public const string Oswestry = "oswestry";

    public int Id { get; set; }

    public required string OwnerId { get; set; }

    /// <summary><see cref="StartBack"/> or <see cref="Oswestry"/>.</summary>
    public required string Instrument { get; set; }

    public DateTime TakenUtc { get; set; }

    /// <summary>The item responses as JSON (an array, null for a skipped item).</summary>
    public required string AnswersJson { get; set; }

    /// <summary>STarT Back total (0–9) or ODI percentage (0–100).</summary>
    public double Score { get; set; }

    /// <summary>STarT Back psychosocial subscale (0–5); null for the ODI.</summary>
    public double? Subscale { get; set; }

    /// <summary>The risk group or disability band in words.</summary>
    public required string Band { get; set; }
}
