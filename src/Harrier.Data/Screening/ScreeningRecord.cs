using System.Text.Json;
using Harrier.Core.Screening;

namespace Harrier.Data.Screening;

/// <summary>A completed red-flag screen, kept with its time: what was answered, which flags fired and the urgency shown.</summary>
public sealed class ScreeningRecord
{
    public int Id { get; set; }

    public required string OwnerId { get; set; }

    public DateTime TakenUtc { get; set; }

    /// <summary>The runner's calendar day it was taken on.</summary>
    public DateOnly Day { get; set; }

    /// <summary>The answers as JSON: question id → "yes", "no" or, for a timing question, when it last happened.</summary>
    public required string AnswersJson { get; set; }

    /// <summary>emergency, today, soon or self.</summary>
    public required string Urgency { get; set; }

    /// <summary>Ids of the rules that fired, comma-separated, most urgent first.</summary>
    public string? Triggered { get; set; }

    /// <summary>The pain entry that prompted the screen, when there was one.</summary>
    public int? PainEntryId { get; set; }

    /// <summary>The runner's age given with the screen.</summary>
    public int? Age { get; set; }

    /// <summary>True when this screen paused the runner's plan.</summary>
    public bool SuspendedPlan { get; set; }

    /// <summary>When the runner said a clinician had seen them about it (or resumed the plan it paused); null while open.</summary>
    public DateTime? ClearedUtc { get; set; }

    /// <summary>The screen as the pain decision reads it; rule ids the table no longer has are left out.</summary>
    public PastScreen ToPastScreen()
    {
        var ids = Triggered?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var rules = ids.Select(id => RedFlagRules.All.FirstOrDefault(r => r.Id == id)).OfType<RedFlagRule>().ToArray();
        return new PastScreen(TakenUtc, Day, UrgencyNames.Parse(Urgency), rules, ClearedUtc is not null);
    }

    /// <summary>The stored form of a screen's answers.</summary>
    public static string WriteAnswers(RedFlagAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return JsonSerializer.Serialize(answers.All.ToDictionary(
            a => a.Key, a => a.Value.When is { } when ? RedFlagAnswerParser.Name(when) : a.Value.Yes ? "yes" : "no"));
    }
}
