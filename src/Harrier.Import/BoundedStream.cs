namespace Harrier.Import;

/// <summary>A read-only, forward-only view of a stream that stops at a byte limit and at cancellation.</summary>
/// <remarks>
/// Reading more than the limit throws <see cref="ImportLimitExceededException"/>, so a decompression bomb is stopped after
/// at most the limit; every read checks the token, so a client that leaves stops the work.
/// </remarks>
internal sealed class BoundedStream(Stream inner, long limit, CancellationToken cancellationToken) : Stream
{
    private readonly byte[] _probe = new byte[1];
    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var n = inner.Read(buffer);
        _read += n;
        return _read > limit ? throw new ImportLimitExceededException(limit) : n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Reads the rest of the stream after <paramref name="prefix"/> into one array sized to the data (at most the limit).</summary>
    /// <param name="prefix">Bytes already read from the stream.</param>
    /// <param name="sizeHint">The expected total size, when known (a gzip trailer), so one buffer suffices; 0 when unknown.</param>
    public byte[] ReadToEnd(ReadOnlySpan<byte> prefix, long sizeHint = 0)
    {
        var capacity = sizeHint >= prefix.Length && sizeHint <= limit ? (int)sizeHint : Math.Max(64 * 1024, prefix.Length * 2);
        var buffer = new byte[Math.Max(capacity, prefix.Length)];
        prefix.CopyTo(buffer);
        var length = prefix.Length;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (Read(_probe) == 0)
                {
                    return buffer;
                }

                var grown = Math.Min(buffer.Length * 2L, Math.Min(limit + 1, Array.MaxLength));
                Array.Resize(ref buffer, (int)Math.Max(grown, buffer.Length + 1L));
                buffer[length++] = _probe[0];
            }

            var n = Read(buffer.AsSpan(length));
            if (n == 0)
            {
                return length == buffer.Length ? buffer : buffer[..length];
            }

            length += n;
        }
    }
}
