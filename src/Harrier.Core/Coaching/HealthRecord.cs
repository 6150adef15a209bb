namespace Harrier.Core.Coaching;

/// <summary>The kinds of health data a coach may view with the health scope; every view is recorded for the runner to see.</summary>
public enum HealthRecord
{
    PainJournal,
    CheckIns,
    WarningSigns,
    Questionnaires,
    Intake,
    RemedyExperiments,

    /// <summary>The health columns of the roster (pain trend, open warning signs).</summary>
    RosterSummary,

    /// <summary>A group run's sheet: this morning's pain, the pain decision and any open warning sign.</summary>
    RunSheet,
}
