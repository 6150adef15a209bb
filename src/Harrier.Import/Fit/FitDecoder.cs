using System.Buffers.Binary;
using System.Globalization;

namespace Harrier.Import.Fit;

/// <summary>
/// Decodes FIT files (one, or several chained) from memory into typed samples and summaries, without allocating per
/// message. Reuse one instance for many files to keep its buffers; it is not thread-safe.
/// </summary>
/// <remarks>
/// Written from the FIT protocol description (Garmin "FIT Protocol" document, rev 2.x): a 12- or 14-byte file header
/// (size, protocol version, profile version, data size, ".FIT", optional header CRC), then records, each a one-byte
/// header followed by a definition or data message, then a 2-byte CRC over everything before it.
/// Bad input never throws: problems become <see cref="Issues"/>, or an <see cref="Error"/> when nothing is usable.
/// </remarks>
public sealed partial class FitDecoder
{
    private const int MaxIssues = 50;
    private const int MaxCrcIssues = 4;

    private readonly FitDefinition[] _definitions = new FitDefinition[16];
    private readonly FitValues _values = new();
    private readonly FitActivityCollector _collector = new();
    private readonly Dictionary<int, FitDeveloperField> _developerFields = [];
    private readonly List<ParseIssue> _issues = [];
    private uint _lastTimestamp;
    private CancellationToken _cancellation;

    public FitDecoder()
    {
        for (var i = 0; i < _definitions.Length; i++)
        {
            _definitions[i] = new FitDefinition();
        }
    }

    /// <summary>Problems met in the last <see cref="Decode"/> that did not stop it.</summary>
    public IReadOnlyList<ParseIssue> Issues => _issues;

    /// <summary>Why the last <see cref="Decode"/> found nothing usable; null when it succeeded.</summary>
    public ParseError? Error { get; private set; }

    /// <summary>Number of FIT files found in the stream by the last decode.</summary>
    public int FileCount { get; private set; }

    /// <summary>Number of data messages decoded by the last decode.</summary>
    public long MessageCount { get; private set; }

    /// <summary>True when the last decoded stream ended early (inside a message, or short of its announced size).</summary>
    public bool Truncated { get; private set; }

    internal FitActivityCollector Collector => _collector;

    /// <summary>The workout message and its steps when the last decode read a workout file (type 5), else null.</summary>
    public FitWorkout? Workout => _collector.Workout is null && _collector.WorkoutSteps.Count == 0
        ? null
        : (_collector.Workout ?? new FitWorkout(null, null, null, null, [])) with { Steps = [.. _collector.WorkoutSteps] };

    /// <summary>The record samples of the last decode, valid until the next one.</summary>
    public ReadOnlySpan<Harrier.Core.Activities.ActivitySample> Samples => _collector.Samples;

    /// <summary>Decodes a whole stream of one or more chained FIT files. Returns false when nothing was usable.</summary>
    /// <param name="data">The FIT bytes.</param>
    /// <param name="cancellationToken">Checked every few thousand messages; cancellation throws <see cref="OperationCanceledException"/>.</param>
    public bool Decode(ReadOnlySpan<byte> data, CancellationToken cancellationToken = default)
    {
        Reset();
        _cancellation = cancellationToken;
        if (data.IsEmpty)
        {
            Error = new ParseError(ParseErrorKind.Truncated, "The file is empty.");
            return false;
        }

        var position = 0;
        while (position < data.Length)
        {
            var consumed = DecodeFile(data[position..], position);
            if (consumed <= 0)
            {
                break;
            }

            position += consumed;
            FileCount++;
            if (position < data.Length && !LooksLikeHeader(data[position..]))
            {
                if (data[position..].ContainsAnyExcept((byte)0))
                {
                    AddIssue(Format("{0} bytes after the end of the FIT data were ignored", data.Length - position), position);
                }

                break;
            }
        }

        if (Error is null && MessageCount == 0)
        {
            Error = new ParseError(ParseErrorKind.Truncated, "The FIT file contains no messages.");
        }

        return Error is null;
    }

    private void Reset()
    {
        _issues.Clear();
        _collector.Reset();
        Error = null;
        FileCount = 0;
        MessageCount = 0;
        Truncated = false;
    }

    private static bool LooksLikeHeader(ReadOnlySpan<byte> d) =>
        d.Length >= 12 && d[0] >= 12 && d.Slice(8, 4).SequenceEqual(".FIT"u8);

    /// <summary>Decodes one FIT file at the start of <paramref name="d"/>; returns the bytes it used, or 0 to stop.</summary>
    private int DecodeFile(ReadOnlySpan<byte> d, long at)
    {
        if (!CheckHeader(d, at))
        {
            return 0;
        }

        int headerSize = d[0];
        long dataSize = BinaryPrimitives.ReadUInt32LittleEndian(d[4..]);
        var end = headerSize + dataSize;
        int consumed;
        if (dataSize == 0 || end + 2 > d.Length)
        {
            Truncated |= dataSize != 0;
            AddIssue(dataSize == 0
                ? "The FIT header gives no data size; reading to the end of the file"
                : Format("The file is truncated: the header announces {0} data bytes but only {1} follow", dataSize, d.Length - headerSize), at);
            end = d.Length;
            consumed = d.Length;
        }
        else
        {
            CheckFileCrc(d, (int)end, at);
            consumed = (int)end + 2;
        }

        _collector.BeginFile();
        _developerFields.Clear();
        foreach (var definition in _definitions)
        {
            definition.Defined = false;
        }

        DecodeRecords(d[headerSize..(int)end], at + headerSize);
        return consumed;
    }

    private bool CheckHeader(ReadOnlySpan<byte> d, long at)
    {
        if (d.Length < 12 || d[0] < 12 || d[0] > d.Length || !d.Slice(8, 4).SequenceEqual(".FIT"u8))
        {
            var message = d.Length < 12
                ? Format("The file is too short for a FIT header ({0} bytes)", d.Length)
                : !d.Slice(8, 4).SequenceEqual(".FIT"u8)
                    ? "The file does not have a FIT header (no \".FIT\" signature)"
                    : Format("The FIT header size {0} is invalid", d[0]);
            StopWith(ParseErrorKind.BadHeader, message, at);
            return false;
        }

        if (d[0] >= 14)
        {
            var stored = BinaryPrimitives.ReadUInt16LittleEndian(d[12..]);
            var computed = FitCrc.Compute(d[..12]);
            if (stored != 0 && stored != computed)
            {
                AddIssue(Format("Header CRC mismatch (file says 0x{0:X4}, computed 0x{1:X4})", stored, computed), at);
            }
        }

        return true;
    }

    private void CheckFileCrc(ReadOnlySpan<byte> d, int end, long at)
    {
        var stored = BinaryPrimitives.ReadUInt16LittleEndian(d[end..]);
        var computed = FitCrc.Compute(d[..end]);
        if (stored != computed && _issues.Count < MaxCrcIssues)
        {
            AddIssue(Format("File CRC mismatch (file says 0x{0:X4}, computed 0x{1:X4}); the data may be damaged", stored, computed), at + end);
        }
    }

    /// <summary>The first file's header problem is an error; a later chained file's is only an issue.</summary>
    private void StopWith(ParseErrorKind kind, string message, long at)
    {
        if (FileCount == 0)
        {
            Error = new ParseError(kind, message + ".");
        }
        else
        {
            AddIssue(message + "; the rest of the stream was ignored", at);
        }
    }

    private void AddIssue(string message, long at)
    {
        if (_issues.Count < MaxIssues)
        {
            _issues.Add(new ParseIssue(message, at));
        }
    }

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
