using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Ownership;

/// <summary>Reads an account's ties to other people (links, views of its health data, comments, group runs) for the export.</summary>
/// <remarks>Other people appear by their display name only, as the pages show them; never by e-mail address.</remarks>
internal sealed class ExportCoachingReader(HarrierDbContext db)
{
    public async Task<ExportedCoaching> ReadAsync(string userId, CancellationToken cancellationToken)
    {
        var links = await db.CoachLinks.AsNoTracking().Where(l => l.CoachId == userId || l.RunnerId == userId).OrderBy(l => l.Id)
            .ToListAsync(cancellationToken);
        var views = await db.HealthViews.AsNoTracking().Where(v => v.RunnerId == userId).OrderBy(v => v.Id).ToListAsync(cancellationToken);
        var comments = await db.Comments.AsNoTracking().Where(c => c.RunnerId == userId || c.AuthorId == userId).OrderBy(c => c.Id)
            .ToListAsync(cancellationToken);
        var invited = await db.GroupRunInvitees.AsNoTracking().Where(i => i.RunnerId == userId).OrderBy(i => i.Id)
            .Join(db.GroupRuns, i => i.GroupRunId, g => g.Id, (i, g) => new
            {
                Invitee = i, g.Title, g.CoachId, Place = g.Place.Name, g.LocalDate, g.LocalTime, g.CancelledUtc,
            })
            .ToListAsync(cancellationToken);
        var organised = await db.GroupRuns.AsNoTracking().Include(g => g.Place).Where(g => g.CoachId == userId).OrderBy(g => g.Id)
            .Select(g => new { Run = g, Invited = g.Invitees.Count(i => i.RemovedUtc == null) }).ToListAsync(cancellationToken);

        var others = links.SelectMany(l => new[] { l.CoachId, l.RunnerId }).Concat(views.Select(v => v.CoachId))
            .Concat(comments.SelectMany(c => new[] { c.AuthorId, c.RunnerId })).Concat(invited.Select(i => i.CoachId)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => others.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string Name(string id) => names.GetValueOrDefault(id) ?? "a former account";

        return new ExportedCoaching(
            [.. links.Select(l => new ExportedLink(l.RunnerId == userId ? "coach" : "client", Name(l.RunnerId == userId ? l.CoachId : l.RunnerId),
                l.Scope, l.CreatedUtc, l.UpdatedUtc, l.EndedUtc, l.EndedById == userId))],
            [.. views.Select(v => new ExportedHealthView(Name(v.CoachId), v.Record, v.Channel, v.AtUtc))],
            [.. comments.Select(c => new ExportedComment(c.RunnerId == userId, c.AuthorId == userId, Name(c.AuthorId), c.Target, c.TargetKey, c.Text,
                c.CreatedUtc))],
            [.. invited.Select(x => new ExportedGroupRunAnswer(x.Title, Name(x.CoachId), x.Place, x.LocalDate, x.LocalTime,
                x.Invitee.Answer, x.Invitee.AnsweredUtc, x.Invitee.Attendance, x.Invitee.Pain, x.CancelledUtc is not null, x.Invitee.RemovedUtc is not null))],
            [.. organised.Select(x => new ExportedGroupRun(x.Run.Title, x.Run.Place.Name, x.Run.Place.Latitude, x.Run.Place.Longitude, x.Run.Place.TimeZone,
                x.Run.LocalDate, x.Run.LocalTime, x.Run.Notes, x.Run.CancelledUtc, x.Invited))]);
    }
}
