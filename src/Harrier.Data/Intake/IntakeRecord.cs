namespace Harrier.Data.Intake;

/// <summary>A completed intake, kept with its history: the answers, who entered them, the outcome and its date.</summary>
public sealed class IntakeRecord
{
    public int Id { get; set; }

    public required string RunnerId { get; set; }

    /// <summary>The runner, or the coach who went through it with them.</summary>
    public required string EnteredById { get; set; }

    public DateTime TakenUtc { get; set; }

    /// <summary>The runner's calendar day it was taken on.</summary>
    public DateOnly Day { get; set; }

    /// <summary>PAR-Q+ answers as JSON: id → true/false.</summary>
    public required string ParQJson { get; set; }

    /// <summary>The activity history as JSON.</summary>
    public required string HistoryJson { get; set; }

    /// <summary>The verdict's name (kebab-case).</summary>
    public required string Verdict { get; set; }

    /// <summary>The verdict in plain words, as shown when it was taken.</summary>
    public required string Headline { get; set; }
}
