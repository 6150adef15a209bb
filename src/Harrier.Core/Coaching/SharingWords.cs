namespace Harrier.Core.Coaching;

/// <summary>Scopes and health records in plain words, as runners and coaches read them.</summary>
public static class SharingWords
{
    /// <summary>What a scope lets a coach see.</summary>
    public static string Words(this SharingScope scope) => scope switch
    {
        SharingScope.Training => "Training only: your runs, your plan and your training load. On a group run's sheet, a warning sign "
            + "that means you should not run shows as \"not today\", without saying why",
        SharingScope.TrainingAndHealth =>
            "Training and health: your runs, plan and load, and also your pain journal, morning check-ins, warning-signs checks, "
            + "back-pain questionnaires, intake answers and remedy experiments",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>What a scope shares, as the coach reads it: "Training only: runs, plan and training load".</summary>
    public static string ForCoach(this SharingScope scope) => scope switch
    {
        SharingScope.Training => "Training only: runs, plan and training load",
        SharingScope.TrainingAndHealth =>
            "Training and health: runs, plan and load, and the pain journal, morning check-ins, warning-signs checks, back-pain questionnaires, "
            + "intake answers and remedy experiments",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    /// <summary>A health record as it reads after "viewed your": "pain journal", "warning-signs checks".</summary>
    public static string Words(this HealthRecord record) => record switch
    {
        HealthRecord.PainJournal => "pain journal",
        HealthRecord.CheckIns => "morning check-ins",
        HealthRecord.WarningSigns => "warning-signs checks",
        HealthRecord.Questionnaires => "back-pain questionnaires",
        HealthRecord.Intake => "intake answers",
        HealthRecord.RemedyExperiments => "remedy experiments",
        HealthRecord.RosterSummary => "pain and warning-sign summary",
        HealthRecord.RunSheet => "readiness for a group run",
        _ => throw new ArgumentOutOfRangeException(nameof(record), record, null),
    };
}
