namespace Harrier.Data.Ownership;

/// <summary>
/// Why an export zip cannot be imported, in words for the runner. Thrown while reading and storing the export and caught by
/// <see cref="AccountImport.ImportAsync"/>, which rolls everything back and returns the message.
/// </summary>
internal sealed class ExportProblem(string message) : Exception(message);
