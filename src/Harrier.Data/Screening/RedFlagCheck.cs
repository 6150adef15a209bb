using System.Text.Json;
using Harrier.Data.Pain;
using Harrier.Core.Plans;
using Harrier.Core.Screening;
using Harrier.Data.Plans;

namespace Harrier.Data.Screening;

/// <summary>
/// Runs the red-flag screen for a runner, keeps it with its time, and pauses the active plan when a flag calls for a clinician
/// today or an emergency (the plan's history records why).
/// </summary>
public sealed class RedFlagCheck(HarrierDbContext db, TimeProvider clock)
{
    public async Task<(RedFlagResult Result, ScreeningRecord Record)> RunAsync(
        string ownerId, IReadOnlyDictionary<string, bool> answers, int? age, PainRecord? painEntry, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var result = RedFlagScreen.Evaluate(new RedFlagAnswers(answers), painEntry?.ToEntry(), age);
        var record = new ScreeningRecord
        {
            OwnerId = ownerId, TakenUtc = clock.GetUtcNow().UtcDateTime, AnswersJson = JsonSerializer.Serialize(answers),
            Urgency = Name(result.Overall), Triggered = result.Triggered.Count == 0 ? null : string.Join(',', result.Triggered.Select(r => r.Id)),
            PainEntryId = painEntry?.Id, SuspendedPlan = false,
        };
        if (result.SuspendPlan && await new RunnerPlans(db, clock).ActiveAsync(ownerId, cancellationToken) is { } stored && !stored.Plan.IsSuspended)
        {
            var reason = $"A warning sign was reported ({string.Join(", ", result.Triggered.Where(r => r.Urgency >= Urgency.Today).Select(r => r.Id))}). " +
                "Do not run until you have been seen.";
            stored.Plan = PlanAdaptation.Apply(stored.Plan, new PainDecision(PlanAction.Suspend, reason, "red-flag"), today);
            stored.UpdatedUtc = record.TakenUtc;
            record.SuspendedPlan = true;
        }

        db.Screenings.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return (result, record);
    }

    /// <summary>emergency, today, soon or self: the names the API and the CLI use.</summary>
    public static string Name(Urgency urgency) => urgency switch
    {
        Urgency.Emergency => "emergency",
        Urgency.Today => "today",
        Urgency.Soon => "soon",
        _ => "self",
    };
}
