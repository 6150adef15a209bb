using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Accounts;

/// <summary>
/// The sessions of signed-in browsers and API clients, in one place: started at sign-in, checked on every request, moved on while
/// used, and ended by logging out (one session, or all of them), by a password change or reset, or by the security stamp changing.
/// </summary>
/// <remarks>
/// A session is valid only while its row exists, has not expired, and the account's security stamp is the one it began with, so
/// ending it needs no cache to expire: the next request is refused. Access tokens live 15 minutes and refresh tokens are replaced
/// at each use; a refresh token used twice ends its session, since one of the two users is not its owner.
/// </remarks>
public sealed class AccountSessions(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>The claim that carries the session id in the sign-in cookie and in a token's principal.</summary>
    public const string SessionClaim = "harrier:session";

    /// <summary>How long an access token is accepted.</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);

    /// <summary>How long a session lasts unused: the cookie's lifetime, and a refresh token's.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromDays(14);

    /// <summary>Starts a browser session, ending <paramref name="replacing"/> (the same browser's earlier session) if given.</summary>
    public async Task<string> StartCookieAsync(HarrierUser user, string? replacing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (replacing is not null)
        {
            await EndAsync(replacing, cancellationToken);
        }

        var session = await StartAsync(user, SessionKind.Cookie, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>Starts an API client's session and gives its first access and refresh tokens.</summary>
    public async Task<IssuedTokens> StartTokensAsync(HarrierUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var session = await StartAsync(user, SessionKind.Token, cancellationToken);
        var (access, refresh) = (NewSecret(), NewSecret());
        session.AccessTokenHash = Hash(access);
        session.AccessExpiresUtc = session.CreatedUtc + AccessTokenLifetime;
        session.RefreshTokenHash = Hash(refresh);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedTokens(session.Id, access, refresh, AccessTokenLifetime);
    }

    /// <summary>True while a browser's session is on; moves its end on once half of it has passed, as the sliding cookie does.</summary>
    public async Task<bool> IsActiveAsync(string sessionId, string userId, CancellationToken cancellationToken)
    {
        var now = Now;
        var expires = await Valid(now).Where(s => s.Id == sessionId && s.UserId == userId)
            .Select(s => (DateTime?)s.ExpiresUtc).SingleOrDefaultAsync(cancellationToken);
        if (expires is null)
        {
            return false;
        }

        if (expires.Value - now < SessionLifetime / 2)
        {
            await db.AccountSessions.Where(s => s.Id == sessionId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpiresUtc, now + SessionLifetime), cancellationToken);
        }

        return true;
    }

    /// <summary>The session and account an access token belongs to, or null when the token is unknown, expired or ended.</summary>
    public async Task<(string SessionId, HarrierUser User)?> FindByAccessTokenAsync(string accessToken, CancellationToken cancellationToken)
    {
        var now = Now;
        var hash = Hash(accessToken);
        var found = await (
            from s in Valid(now)
            where s.AccessTokenHash == hash && s.AccessExpiresUtc > now
            join u in db.Users on s.UserId equals u.Id
            select new { s.Id, User = u }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.User);
    }

    /// <summary>
    /// New tokens for a refresh token, which is used up; null when it is unknown, expired or ended. A refresh token presented a
    /// second time ends its session.
    /// </summary>
    public async Task<IssuedTokens?> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var now = Now;
        var hash = Hash(refreshToken);
        var session = await db.AccountSessions.AsNoTracking()
            .Where(s => s.Kind == SessionKind.Token && (s.RefreshTokenHash == hash || s.PreviousRefreshTokenHash == hash))
            .Select(s => new { s.Id, s.RefreshTokenHash }).FirstOrDefaultAsync(cancellationToken);
        if (session is null)
        {
            return null;
        }

        if (session.RefreshTokenHash != hash || !await Valid(now).AnyAsync(s => s.Id == session.Id, cancellationToken))
        {
            await EndAsync(session.Id, cancellationToken);
            return null;
        }

        var (access, refresh) = (NewSecret(), NewSecret());
        var (accessHash, refreshHash) = (Hash(access), Hash(refresh));
        // Only the first of two simultaneous refreshes wins; the other finds the hash already replaced.
        var updated = await db.AccountSessions.Where(s => s.Id == session.Id && s.RefreshTokenHash == hash).ExecuteUpdateAsync(u => u
            .SetProperty(s => s.AccessTokenHash, accessHash)
            .SetProperty(s => s.AccessExpiresUtc, now + AccessTokenLifetime)
            .SetProperty(s => s.RefreshTokenHash, refreshHash)
            .SetProperty(s => s.PreviousRefreshTokenHash, hash)
            .SetProperty(s => s.ExpiresUtc, now + SessionLifetime), cancellationToken);
        return updated == 1 ? new IssuedTokens(session.Id, access, refresh, AccessTokenLifetime) : null;
    }

    /// <summary>Ends one session: its cookie or its access and refresh tokens stop working at once.</summary>
    public Task EndAsync(string sessionId, CancellationToken cancellationToken) =>
        db.AccountSessions.Where(s => s.Id == sessionId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Ends every session of the account, on every device.</summary>
    public Task EndAllAsync(string userId, CancellationToken cancellationToken) =>
        db.AccountSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>How many sessions the account has open (for the owner's user list).</summary>
    public Task<int> CountAsync(string userId, CancellationToken cancellationToken)
    {
        var now = Now;
        return Valid(now).CountAsync(s => s.UserId == userId, cancellationToken);
    }

    /// <summary>Base64url SHA-256, the form in which tokens are stored and looked up.</summary>
    public static string Hash(string secret) => Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Sessions not expired whose account still has the security stamp they began with.</summary>
    private IQueryable<AccountSession> Valid(DateTime now) =>
        db.AccountSessions.Where(s => s.ExpiresUtc > now && db.Users.Any(u => u.Id == s.UserId && (u.SecurityStamp ?? "") == s.SecurityStamp));

    private async Task<AccountSession> StartAsync(HarrierUser user, SessionKind kind, CancellationToken cancellationToken)
    {
        var now = Now;
        await db.AccountSessions.Where(s => s.UserId == user.Id && s.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken);
        var session = new AccountSession
        {
            Id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16)), UserId = user.Id, Kind = kind,
            SecurityStamp = user.SecurityStamp ?? "", CreatedUtc = now, ExpiresUtc = now + SessionLifetime,
        };
        db.AccountSessions.Add(session);
        return session;
    }

    private static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
