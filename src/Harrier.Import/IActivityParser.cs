namespace Harrier.Import;

/// <summary>Reads one activity file format. Implementations never throw for bad input (only for cancellation).</summary>
public interface IActivityParser
{
    /// <summary>Parses a whole file held in memory into one activity per session.</summary>
    /// <param name="data">The file's bytes (not compressed).</param>
    /// <param name="cancellationToken">Stops the work between steps when the caller has gone.</param>
    ActivityParseResult Parse(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);
}
