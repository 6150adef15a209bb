namespace Harrier.Data.Coaching;

/// <summary>An invitation a coach made: a single-use code, shown once (only its hash is kept), valid 7 days, revocable.</summary>
public sealed class CoachInvitation
{
    /// <summary>How long an invitation can be accepted.</summary>
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(7);

    public int Id { get; set; }

    public required string CoachId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the code.</summary>
    public required string CodeHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public DateTime? AcceptedUtc { get; set; }

    public string? AcceptedById { get; set; }

    /// <summary>True while it can still be accepted.</summary>
    public bool IsOpen(DateTime nowUtc) => RevokedUtc is null && AcceptedUtc is null && nowUtc < ExpiresUtc;
}
