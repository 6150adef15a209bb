namespace Harrier.Import;

/// <summary>Thrown by <see cref="BoundedStream"/> when a file expands beyond its limit.</summary>
/// <remarks>Caught by <see cref="ActivityReader"/> and the XML readers, which turn it into a <see cref="ParseErrorKind.TooLarge"/> error.</remarks>
internal sealed class ImportLimitExceededException(long limit)
    : IOException(FormattableString.Invariant($"The data expands beyond the {limit:N0}-byte limit for one file."))
{
    public long Limit { get; } = limit;
}
