using System.Text.Json;
using Harrier.Core.Intake;

namespace Harrier.Data.Intake;

/// <summary>A kept intake read back: its answers and its outcome as assessed now.</summary>
/// <param name="Record">The stored row.</param>
/// <param name="ParQ">The PAR-Q+ answers.</param>
/// <param name="History">The activity history.</param>
/// <param name="Outcome">The outcome.</param>
public sealed record StoredIntake(IntakeRecord Record, IReadOnlyDictionary<string, bool> ParQ, ActivityHistory History, IntakeOutcome Outcome)
{
    /// <summary>Reads a kept intake.</summary>
    /// <param name="record">The stored row.</param>
    /// <param name="screenedOn">The day the warning-signs check was taken since this intake, when it was: the outcome then no
    /// longer says to take it next.</param>
    public static StoredIntake From(IntakeRecord record, DateOnly? screenedOn = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var parQ = JsonSerializer.Deserialize<Dictionary<string, bool>>(record.ParQJson, RunnerIntake.Json) ?? [];
        var history = JsonSerializer.Deserialize<ActivityHistory>(record.HistoryJson, RunnerIntake.Json) ?? new ActivityHistory();
        return new StoredIntake(record, parQ, history, IntakeAssessment.Assess(parQ, history, screenedOn));
    }
}
