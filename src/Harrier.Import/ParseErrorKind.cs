namespace Harrier.Import;

/// <summary>Why a file could not be read at all.</summary>
public enum ParseErrorKind
{
    /// <summary>Not a FIT, GPX or TCX file (or an empty one).</summary>
    UnknownFormat = 1,

    /// <summary>The file header is missing or broken beyond use.</summary>
    BadHeader = 2,

    /// <summary>The file ends before any usable content.</summary>
    Truncated = 3,

    /// <summary>The XML is not well-formed before any usable content, or breaks a safety limit.</summary>
    MalformedXml = 4,

    /// <summary>The file is larger than the configured limit.</summary>
    TooLarge = 5,

    /// <summary>A .gz wrapper could not be decompressed.</summary>
    BadCompression = 6,
}
