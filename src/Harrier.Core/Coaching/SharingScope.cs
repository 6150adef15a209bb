namespace Harrier.Core.Coaching;

/// <summary>What a runner shares with a coach. Health always includes training.</summary>
public enum SharingScope
{
    /// <summary>Runs, the plan and training load.</summary>
    Training,

    /// <summary>Training, plus the pain journal, morning check-ins, warning-signs checks, questionnaires, intake and remedy experiments.</summary>
    TrainingAndHealth,
}
