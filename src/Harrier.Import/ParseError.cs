namespace Harrier.Import;

/// <summary>A clear, specific reason a file could not be read.</summary>
public sealed record ParseError(ParseErrorKind Kind, string Message)
{
    public override string ToString() => Message;
}
