using System.Security.Cryptography;
using System.Text;
using Harrier.Core.Coaching;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Coaching;

/// <summary>
/// Coach invitations and the links they become: a coach creates a single-use code (shown once, valid 7 days, revocable); a runner
/// who accepts it chooses what to share; either of them can end the link at any time, and access ends at once.
/// </summary>
public sealed class Invitations(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>The letters a code is made of: no 0/O, 1/I/L, so it can be read out and typed on a phone.</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>Creates an invitation and returns it with its code; the code is not kept and cannot be shown again.</summary>
    public async Task<(CoachInvitation Invitation, string Code)> CreateAsync(string coachId, CancellationToken cancellationToken)
    {
        var code = NewCode();
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = new CoachInvitation { CoachId = coachId, CodeHash = Hash(code), CreatedUtc = now, ExpiresUtc = now + CoachInvitation.ValidFor };
        db.CoachInvitations.Add(invitation);
        await db.SaveChangesAsync(cancellationToken);
        return (invitation, code);
    }

    /// <summary>The coach's invitations not yet accepted, revoked or expired, newest first.</summary>
    public async Task<IReadOnlyList<CoachInvitation>> OpenAsync(string coachId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.CoachInvitations.AsNoTracking()
            .Where(i => i.CoachId == coachId && i.RevokedUtc == null && i.AcceptedUtc == null && i.ExpiresUtc > now)
            .OrderByDescending(i => i.CreatedUtc).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes one of the coach's open invitations; false when there is no such open invitation.</summary>
    public async Task<bool> RevokeAsync(string coachId, int id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.CoachInvitations.SingleOrDefaultAsync(i => i.Id == id && i.CoachId == coachId, cancellationToken);
        if (invitation is null || !invitation.IsOpen(now))
        {
            return false;
        }

        invitation.RevokedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The open invitation with this code and its coach, or null (unknown, used, revoked or expired all look the same).</summary>
    public async Task<(CoachInvitation Invitation, HarrierUser Coach)?> FindAsync(string code, CancellationToken cancellationToken)
    {
        var hash = Hash(Normalize(code));
        var now = clock.GetUtcNow().UtcDateTime;
        var row = await db.CoachInvitations.Where(i => i.CodeHash == hash && i.RevokedUtc == null && i.AcceptedUtc == null && i.ExpiresUtc > now)
            .Join(db.Users, i => i.CoachId, u => u.Id, (i, u) => new { Invitation = i, Coach = u })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : (row.Invitation, row.Coach);
    }

    /// <summary>
    /// Accepts an invitation for a runner with the chosen scope. A runner who already has an active link with that coach gets the
    /// new scope on it. Null when the code is not open, or when the coach would be their own client.
    /// </summary>
    public async Task<CoachLink?> AcceptAsync(string code, string runnerId, SharingScope scope, CancellationToken cancellationToken)
    {
        if (await FindAsync(code, cancellationToken) is not var (invitation, coach) || coach.Id == runnerId)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        invitation.AcceptedUtc = now;
        invitation.AcceptedById = runnerId;
        var link = await db.CoachLinks.SingleOrDefaultAsync(l => l.CoachId == coach.Id && l.RunnerId == runnerId && l.EndedUtc == null, cancellationToken);
        if (link is null)
        {
            link = new CoachLink { CoachId = coach.Id, RunnerId = runnerId, CreatedUtc = now };
            db.CoachLinks.Add(link);
        }

        link.Scope = scope;
        link.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        return link;
    }

    /// <summary>Changes what a runner shares with one of their coaches; false when the runner has no such active link.</summary>
    public async Task<bool> ChangeScopeAsync(string runnerId, int linkId, SharingScope scope, CancellationToken cancellationToken)
    {
        var link = await db.CoachLinks.SingleOrDefaultAsync(l => l.Id == linkId && l.RunnerId == runnerId && l.EndedUtc == null, cancellationToken);
        if (link is null)
        {
            return false;
        }

        link.Scope = scope;
        link.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Ends a link; <paramref name="byId"/> must be its runner or its coach. False when there is no such active link.</summary>
    public async Task<bool> EndAsync(int linkId, string byId, CancellationToken cancellationToken)
    {
        var link = await db.CoachLinks.SingleOrDefaultAsync(
            l => l.Id == linkId && (l.RunnerId == byId || l.CoachId == byId) && l.EndedUtc == null, cancellationToken);
        if (link is null)
        {
            return false;
        }

        link.EndedUtc = clock.GetUtcNow().UtcDateTime;
        link.EndedById = byId;
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>A code as typed: upper case, without spaces or dashes.</summary>
    public static string Normalize(string code) =>
        new((code ?? "").ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());

    /// <summary>The code grouped for reading: "K7QM-2XPD-9RTA".</summary>
    public static string Display(string code) => string.Join('-', Normalize(code).Chunk(4).Select(c => new string(c)));

    private static string NewCode() => RandomNumberGenerator.GetString(Alphabet, 12);

    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
