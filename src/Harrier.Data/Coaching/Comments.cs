using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Coaching;

/// <summary>
/// Comments on a runner's runs, pain entries and planned sessions: a coach comments on a client's (training scope for runs and
/// sessions, health scope for pain entries); the runner reads and replies on their own. Anything else is refused like data that
/// does not exist.
/// </summary>
public sealed class Comments(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>Adds a comment by <paramref name="authorId"/> on the runner's target; null when the author may not comment there
    /// or the target does not exist.</summary>
    /// <exception cref="ArgumentException">The text is empty or longer than <see cref="Comment.MaxLength"/>.</exception>
    public async Task<Comment?> AddAsync(
        string authorId, string runnerId, CommentTarget target, string targetKey, string text, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Trim().Length, Comment.MaxLength, nameof(text));
        if (!await MayCommentAsync(authorId, runnerId, target, cancellationToken) || !await ExistsAsync(runnerId, target, targetKey, cancellationToken))
        {
            return null;
        }

        var comment = new Comment
        {
            RunnerId = runnerId, AuthorId = authorId, Target = target, TargetKey = targetKey, Text = text.Trim(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment;
    }

    /// <summary>The comments on one target with their authors' names (the e-mail address for an account without a name), oldest first.</summary>
    public async Task<IReadOnlyList<(Comment Comment, string Author)>> OnAsync(
        string runnerId, CommentTarget target, string targetKey, CancellationToken cancellationToken)
    {
        var rows = await db.Comments.AsNoTracking().Where(c => c.RunnerId == runnerId && c.Target == target && c.TargetKey == targetKey)
            .OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id)
            .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new { Comment = c, DisplayName = u.DisplayName == "" ? u.Email ?? "" : u.DisplayName }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Comment, r.DisplayName)).ToArray();
    }

    /// <summary>Every comment on the runner's targets of one kind, by target key (oldest first within a key).</summary>
    public async Task<ILookup<string, (Comment Comment, string Author)>> OnManyAsync(
        string runnerId, CommentTarget target, CancellationToken cancellationToken)
    {
        var rows = await db.Comments.AsNoTracking().Where(c => c.RunnerId == runnerId && c.Target == target)
            .OrderBy(c => c.CreatedUtc).ThenBy(c => c.Id)
            .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new { Comment = c, DisplayName = u.DisplayName == "" ? u.Email ?? "" : u.DisplayName }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.Comment.TargetKey, r => (r.Comment, r.DisplayName));
    }

    /// <summary>The latest comments on a runner's things by anyone but the runner, newest first.</summary>
    public async Task<IReadOnlyList<(Comment Comment, string Author)>> ForRunnerAsync(string runnerId, int take, CancellationToken cancellationToken)
    {
        var rows = await db.Comments.AsNoTracking().Where(c => c.RunnerId == runnerId && c.AuthorId != runnerId)
            .OrderByDescending(c => c.CreatedUtc).Take(take)
            .Join(db.Users, c => c.AuthorId, u => u.Id, (c, u) => new { Comment = c, DisplayName = u.DisplayName == "" ? u.Email ?? "" : u.DisplayName }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Comment, r.DisplayName)).ToArray();
    }

    private async Task<bool> MayCommentAsync(string authorId, string runnerId, CommentTarget target, CancellationToken cancellationToken)
    {
        if (authorId == runnerId)
        {
            return true;
        }

        var link = await new CoachAccess(db, clock).LinkAsync(authorId, runnerId, cancellationToken);
        return link is not null && (target != CommentTarget.PainEntry || link.SharesHealth);
    }

    private async Task<bool> ExistsAsync(string runnerId, CommentTarget target, string key, CancellationToken cancellationToken) => target switch
    {
        CommentTarget.Run => int.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out var run)
            && await db.Runs.AnyAsync(r => r.Id == run && r.OwnerId == runnerId, cancellationToken),
        CommentTarget.PainEntry => int.TryParse(key, System.Globalization.CultureInfo.InvariantCulture, out var entry)
            && await db.PainEntries.AnyAsync(p => p.Id == entry && p.OwnerId == runnerId, cancellationToken),
        _ => DateOnly.TryParseExact(key, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            && await new Plans.RunnerPlans(db, clock).ActiveAsync(runnerId, cancellationToken) is { } plan && plan.Plan.On(day).Count > 0,
    };
}
