using System.Buffers;
using System.Xml;
using Harrier.Core.Activities;

namespace Harrier.Import.Xml;

/// <summary>
/// Base of the GPX and TCX readers: runs a streaming, safely configured XML reader over a file and turns XML errors
/// into issues (when something was read) or a clear error.
/// </summary>
public abstract class XmlActivityParser : IActivityParser
{
    protected List<ActivitySample> Samples { get; } = [];

    protected List<ParseIssue> Issues { get; } = [];

    private readonly char[] _text = new char[1024];
    private XmlReaderSettings? _settings;

    protected NameTable Names { get; } = new();

    public ActivityParseResult Parse(ReadOnlySpan<byte> data)
    {
        Samples.Clear();
        Issues.Clear();
        var buffer = ArrayPool<byte>.Shared.Rent(data.Length);
        data.CopyTo(buffer);
        using var stream = new MemoryStream(buffer, 0, data.Length, writable: false);
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

            Issues.Add(new ParseIssue($"The XML is malformed ({e.Message}); the rest of the file was ignored", e.LineNumber));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return Build();
    }

    /// <summary>Reads the document, adding to <see cref="Samples"/> and <see cref="Issues"/>.</summary>
    protected abstract void Read(XmlReader reader);

    /// <summary>Makes the activity from what was read.</summary>
    protected abstract ActivityParseResult Build();

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
                    a = ReadAttributeValue(reader);
                }
                else if ((object)name == second)
                {
                    b = ReadAttributeValue(reader);
                }
            }
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }

        return (a, b);
    }

    private static double ReadAttributeValue(XmlReader reader) => SafeXml.Number(reader.Value);

    protected DateTime ReadTime(XmlReader reader) => SafeXml.Time(ReadText(reader));

    protected DateTime? FirstTime()
    {
        foreach (var sample in Samples)
        {
            if (sample.HasTime)
            {
                return sample.TimeUtc;
            }
        }

        return null;
    }
}
