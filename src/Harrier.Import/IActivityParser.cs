namespace Harrier.Import;

/// <summary>Reads one activity file format. Implementations never throw for bad input.</summary>
public interface IActivityParser
{
    /// <summary>Parses a whole file held in memory.</summary>
    ActivityParseResult Parse(ReadOnlySpan<byte> data);
}
