
namespace Harrier.Core.Triage;

/// <summary>An answer Harrier knew, on the wire.</summary>
public sealed record KnownAnswerDocument(string Field, System.Text.Json.JsonElement Value, string Origin);
