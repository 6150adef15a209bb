namespace Harrier.Cli;

/// <summary>Where commands write per-file error lines (standard error, or a writer in tests).</summary>
public sealed record ErrorOutput(TextWriter Writer);
