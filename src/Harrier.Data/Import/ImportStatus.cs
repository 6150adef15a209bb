namespace Harrier.Data.Import;

public enum ImportStatus
{
    Imported,
    Duplicate,
    Skipped,
}
