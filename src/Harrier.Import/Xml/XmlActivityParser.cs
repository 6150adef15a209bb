using System.Runtime.InteropServices;
using System.Xml;
using Harrier.Core.Activities;

namespace Harrier.Import.Xml;

/// <summary>
/// Base of the GPX and TCX readers: runs a streaming, safely configured XML reader over a file and turns XML errors
/// into issues (when something was read) or a clear error.
/// </summary>
/// <remarks>
/// Anything before the markup starts (blanks as Strava writes them, a byte-order mark, newlines, tabs, other stray bytes)
/// is skipped, up to the XML declaration or else the first <c>&lt;</c> within the first <see cref="HeadBytes"/> bytes; a
/// UTF-16 file is left to the XML reader's own detection. Points whose time is earlier than a point already recorded in the
/// same activity replay a stretch already covered and are left out (with one issue); equal times are kept.
/// </remarks>
public abstract class XmlActivityParser : IActivityParser
{
    /// <summary>How far into a file stray bytes before the markup are looked for.</summary>
    public const int HeadBytes = 4096;

    private readonly char[] _text = new char[1024];
    private readonly List<int> _segmentStarts = [];
    private XmlReaderSettings? _settings;
    private DateTime _latest;
    private bool _segmentPending;
    private int _replayed;
    private int _nodes;

    protected List<ActivitySample> Samples { get; } = [];

    protected List<ParseIssue> Issues { get; } = [];

    protected NameTable Names { get; } = new();

    /// <summary>True when the XML broke off after something was read: the end of the file is missing.</summary>
    protected bool CutShort { get; private set; }

    protected CancellationToken Cancellation { get; private set; }

    public ActivityParseResult Parse(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        data = data[MarkupStart(data.Span)..];
        using var stream = MemoryMarshal.TryGetArray(data, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(data.ToArray(), writable: false);
        return ParseCore(stream, cancellationToken);
    }

    /// <summary>Parses a file read from <paramref name="stream"/> as it arrives (a <c>.gz</c> file's content need not be held whole).</summary>
    public ActivityParseResult Parse(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var head = new byte[HeadBytes];
        var count = PrefixedStream.ReadAtMost(stream, head);
        var skip = MarkupStart(head.AsSpan(0, count));
        using var input = new PrefixedStream(head.AsMemory(skip, count - skip), stream);
        return ParseCore(input, cancellationToken);
    }

    /// <summary>Where the markup starts: the XML declaration, else the first '&lt;' in the head; 0 for UTF-16 or no markup.</summary>
    internal static int MarkupStart(ReadOnlySpan<byte> data)
    {
        var head = data[..Math.Min(data.Length, HeadBytes)];
        if (head.Length >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            return 0;
        }

        var declaration = head.IndexOf("<?xml"u8);
        var markup = declaration >= 0 ? declaration : head.IndexOf((byte)'<');
        return Math.Max(markup, 0);
    }

    private ActivityParseResult ParseCore(Stream stream, CancellationToken cancellationToken)
    {
        Reset(cancellationToken);
        try
        {
            using var reader = XmlReader.Create(stream, _settings ??= SafeXml.Settings(Names));
            Read(reader);
        }
        catch (XmlException e)
        {
            if (Samples.Count == 0)
            {
                return ActivityParseResult.Failure(ParseErrorKind.MalformedXml, $"The XML is malformed: {e.Message}", [.. Issues]);
            }

            CutShort = true;
            Issues.Add(new ParseIssue($"The XML is malformed ({e.Message}); the rest of the file was ignored", e.LineNumber));
        }
        catch (ImportLimitExceededException e)
        {
            return ActivityParseResult.Failure(ParseErrorKind.TooLarge, e.Message);
        }
        catch (InvalidDataException e)
        {
            if (Samples.Count == 0)
            {
                return ActivityParseResult.Failure(ParseErrorKind.BadCompression, "The .gz file is damaged: " + e.Message);
            }

            CutShort = true;
            Issues.Add(new ParseIssue($"The compressed file is damaged ({e.Message}); the rest of it was ignored"));
        }

        if (_replayed > 0)
        {
            Issues.Add(new ParseIssue(FormattableString.Invariant(
                $"{_replayed} points with times earlier than points already recorded (a replay of an earlier stretch) were left out")));
        }

        return Build();
    }

    private void Reset(CancellationToken cancellationToken)
    {
        Samples.Clear();
        Issues.Clear();
        _segmentStarts.Clear();
        (CutShort, Cancellation, _latest, _segmentPending, _replayed, _nodes) = (false, cancellationToken, DateTime.MinValue, false, 0, 0);
    }

    /// <summary>Reads the document, adding to <see cref="Samples"/> and <see cref="Issues"/>.</summary>
    protected abstract void Read(XmlReader reader);

    /// <summary>Makes the activities from what was read (ending with <see cref="Finish"/>).</summary>
    protected abstract ActivityParseResult Build();

    /// <summary>Finishes the raw activities the same way for every format (see <see cref="ActivityFinisher"/>).</summary>
    protected ActivityParseResult Finish(IReadOnlyList<Activity> activities) => ActivityFinisher.Finish(activities, Issues, Cancellation);

    /// <summary>Call once per node read: checks for cancellation every 4,096 nodes.</summary>
    protected void Tick()
    {
        if ((++_nodes & 0xFFF) == 0)
        {
            Cancellation.ThrowIfCancellationRequested();
        }
    }

    /// <summary>A new activity starts: times may begin again from any value.</summary>
    protected void BeginActivity() => _latest = DateTime.MinValue;

    /// <summary>A new recorded segment starts: the next sample kept begins it.</summary>
    protected void BeginSegment() => _segmentPending = true;

    /// <summary>Adds a point unless it replays an earlier time of the current activity.</summary>
    protected void AddSample(in ActivitySample sample)
    {
        if (sample.HasTime)
        {
            if (sample.TimeUtc < _latest)
            {
                _replayed++;
                return;
            }

            _latest = sample.TimeUtc;
        }

        if (_segmentPending)
        {
            _segmentStarts.Add(Samples.Count);
            _segmentPending = false;
        }

        Samples.Add(sample);
    }

    /// <summary>The samples <paramref name="start"/>..<paramref name="end"/> as a new array.</summary>
    protected ActivitySample[] SamplesBetween(int start, int end) => CollectionsMarshal.AsSpan(Samples)[start..end].ToArray();

    /// <summary>Segment starts strictly inside <paramref name="start"/>..<paramref name="end"/>, relative to <paramref name="start"/>.</summary>
    protected int[] SegmentStartsBetween(int start, int end) => [.. _segmentStarts.Where(s => s > start && s < end).Select(s => s - start)];

    /// <summary>
    /// The text of the current element, copied into a reused buffer; the reader ends after the element (or at a child
    /// element, whose content is then not part of the text). Text beyond 1,024 characters is dropped.
    /// (reader.Value measured faster than ReadValueChunk here, at the cost of short-lived strings.)
    /// </summary>
    protected ReadOnlySpan<char> ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return default;
        }

        reader.Read();
        var length = 0;
        while (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
        {
            var value = reader.Value.AsSpan();
            var count = Math.Min(value.Length, _text.Length - length);
            value[..count].CopyTo(_text.AsSpan(length));
            length += count;
            reader.Read();
        }

        if (reader.NodeType == XmlNodeType.EndElement)
        {
            reader.Read();
        }

        return _text.AsSpan(0, length);
    }

    protected double ReadNumber(XmlReader reader) => SafeXml.Number(ReadText(reader));

    /// <summary>
    /// Two numeric attributes of the current element (compared by atomized local name); NaN when absent.
    /// The reader stays on the element.
    /// </summary>
    protected static (double First, double Second) ReadAttributeNumbers(XmlReader reader, string first, string second)
    {
        double a = double.NaN, b = double.NaN;
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                var name = reader.LocalName;
                if ((object)name == first)
                {
                    a = SafeXml.Number(reader.Value);
                }
                else if ((object)name == second)
                {
                    b = SafeXml.Number(reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return (a, b);
    }

    protected DateTime ReadTime(XmlReader reader) => SafeXml.Time(ReadText(reader));

    /// <summary>The first timed sample's time among <paramref name="start"/>..<paramref name="end"/>, or null.</summary>
    protected DateTime? FirstTime(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (Samples[i].HasTime)
            {
                return Samples[i].TimeUtc;
            }
        }

        return null;
    }
}
