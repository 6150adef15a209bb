namespace Harrier.Data.Accounts;

/// <summary>
/// One signed-in device: a browser's sign-in cookie or an API client's token pair. Every request checks its session, so ending
/// the session (log-out) or changing the account's security stamp (a password change or reset) ends the cookie or tokens at once.
/// Tokens are kept only as hashes.
/// </summary>
public sealed class AccountSession
{
    /// <summary>Random, 128 bits; carried in the cookie's or the principal's <see cref="AccountSessions.SessionClaim"/>.</summary>
    public required string Id { get; set; }

    public required string UserId { get; set; }

    public SessionKind Kind { get; set; }

    /// <summary>The account's security stamp when the session began; the session ends when the account's stamp changes.</summary>
    public required string SecurityStamp { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the session ends unless used: a cookie's or a refresh token's end, moved on while the device keeps using it.</summary>
    public DateTime ExpiresUtc { get; set; }

    /// <summary>Base64url SHA-256 of the current access token (tokens only).</summary>
    public string? AccessTokenHash { get; set; }

    public DateTime? AccessExpiresUtc { get; set; }

    /// <summary>Base64url SHA-256 of the current refresh token (tokens only); replaced at every refresh.</summary>
    public string? RefreshTokenHash { get; set; }

    /// <summary>The refresh token used last: presenting it again means it was copied, and ends the session.</summary>
    public string? PreviousRefreshTokenHash { get; set; }
}
