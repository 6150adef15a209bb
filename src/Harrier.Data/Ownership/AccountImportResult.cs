namespace Harrier.Data.Ownership;

/// <summary>What an import stored (<see cref="Counts"/>), or why it stored nothing (<see cref="Problem"/>).</summary>
public sealed record AccountImportResult(string? Problem, AccountImportCounts? Counts)
{
    public bool Succeeded => Problem is null;
}
