namespace Harrier.Import.Fit;

/// <summary>The FIT global messages Harrier decodes; everything else is skipped by size.</summary>
internal enum FitMessageKind
{
    Other = 0,
    FileId,
    DeviceInfo,
    Session,
    Lap,
    Record,
    Event,
    Activity,
    Sport,
    Hrv,
    Length,
    DeveloperDataId,
    FieldDescription,
    Workout,
    WorkoutStep,
}
