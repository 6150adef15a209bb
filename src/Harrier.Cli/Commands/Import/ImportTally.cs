using Harrier.Data.Import;

namespace Harrier.Cli.Commands.Import;

internal sealed class ImportTally
{
    public int Imported { get; private set; }

    public int Duplicates { get; private set; }

    public int Skipped { get; private set; }

    public int Unreadable { get; private set; }

    public void Add(ImportOutcome outcome)
    {
        switch (outcome.Status)
        {
            case ImportStatus.Imported:
                Imported++;
                break;
            case ImportStatus.Duplicate:
                Duplicates++;
                break;
            default:
                Skipped++;
                break;
        }

        if (outcome.Unreadable)
        {
            Unreadable++;
        }
    }
}
