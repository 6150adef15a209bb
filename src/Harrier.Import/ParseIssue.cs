namespace Harrier.Import;

/// <summary>Something wrong with a file that still allowed reading it (a bad CRC, a truncated tail, a skipped point).</summary>
/// <param name="Message">A sentence for the runner, e.g. "File CRC mismatch (file says 0x1234, computed 0x5678)".</param>
/// <param name="Offset">Byte offset (FIT) or line number (XML) where it was noticed, when known.</param>
public sealed record ParseIssue(string Message, long? Offset = null)
{
    public override string ToString() => Offset is { } at ? $"{Message} (at {at})" : Message;
}
