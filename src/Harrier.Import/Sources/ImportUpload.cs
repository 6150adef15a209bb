namespace Harrier.Import.Sources;

/// <summary>One uploaded file as the web app receives it: its name, its declared length and a way to read it as a stream.</summary>
/// <param name="Name">The file's name as uploaded (already stripped of any folder part by the caller).</param>
/// <param name="Length">Its length in bytes.</param>
/// <param name="Open">Opens the upload for reading; called at most once, and the stream is disposed after use.</param>
public sealed record ImportUpload(string Name, long Length, Func<Stream> Open);
