using Harrier.Core;
using Harrier.Core.Daylight;
using Harrier.Core.GroupRuns;
using Harrier.Data.Coaching;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.GroupRuns;

/// <summary>
/// A coach's group runs: create one or a series, change or cancel them (each change counts up the run's calendar sequence),
/// and read them back with their light and answers. Only the coach's active clients can be invited; another coach's run, like
/// one that does not exist, is null.
/// </summary>
public sealed class CoachGroupRuns(HarrierDbContext db, TimeProvider clock)
{
    /// <summary>The coach's meeting places, most recently used first.</summary>
    public async Task<IReadOnlyList<MeetingPlace>> PlacesAsync(string coachId, CancellationToken cancellationToken) =>
        await db.MeetingPlaces.AsNoTracking().Where(p => p.CoachId == coachId).OrderByDescending(p => p.LastUsedUtc).Take(50)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Creates the runs of <paramref name="request"/> (one per date) with <paramref name="route"/>, inviting its invitees.
    /// Returns the runs, or field errors (keyed by <see cref="GroupRunField"/>) when an invitee is not an active client.
    /// </summary>
    public async Task<(IReadOnlyList<GroupRun> Runs, IReadOnlyDictionary<string, string[]> Errors)> CreateAsync(
        string coachId, GroupRunRequest request, GroupRoute? route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await InviteeErrorsAsync(coachId, request.Invitees, cancellationToken) is { } errors)
        {
            return ([], errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var place = await PlaceAsync(coachId, request, now, cancellationToken);
        var stored = route is null ? null : StoreRoute(coachId, route, now);
        var series = request.Dates.Count > 1 ? Guid.NewGuid().ToString("N") : null;
        var runs = request.Dates.Select(date => new GroupRun
        {
            CoachId = coachId, SeriesId = series, Title = request.Title, Place = place, Route = stored, LocalDate = date,
            LocalTime = request.Time, StartUtc = request.StartOn(date).UtcDateTime, Notes = request.Notes, CreatedUtc = now, UpdatedUtc = now,
            Invitees = request.Invitees.Select(id => new GroupRunInvitee { RunnerId = id }).ToList(),
        }).ToList();
        db.GroupRuns.AddRange(runs);
        await db.SaveChangesAsync(cancellationToken);
        return (runs, new Dictionary<string, string[]>());
    }

    /// <summary>
    /// Changes a run (and, with <paramref name="restOfSeries"/>, the later runs of its series, which keep their own dates) to
    /// <paramref name="request"/>'s title, time, place, notes and invitees; a new <paramref name="route"/> replaces the route,
    /// and <paramref name="removeRoute"/> drops it. Every changed run's sequence goes up so calendars update. Null when the run
    /// is not the coach's or is cancelled; field errors when an invitee is not an active client.
    /// </summary>
    public async Task<(IReadOnlyList<GroupRun>? Runs, IReadOnlyDictionary<string, string[]> Errors)> UpdateAsync(
        string coachId, int id, GroupRunRequest request, bool restOfSeries, GroupRoute? route, bool removeRoute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = await db.GroupRuns.Include(r => r.Invitees).FirstOrDefaultAsync(r => r.Id == id && r.CoachId == coachId, cancellationToken);
        if (run is null || run.IsCancelled)
        {
            return (null, new Dictionary<string, string[]>());
        }

        if (await InviteeErrorsAsync(coachId, request.Invitees, cancellationToken) is { } errors)
        {
            return (null, errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var place = await PlaceAsync(coachId, request, now, cancellationToken);
        var stored = route is null ? null : StoreRoute(coachId, route, now);
        var runs = restOfSeries && run.SeriesId is { } series
            ? await db.GroupRuns.Include(r => r.Invitees)
                .Where(r => r.SeriesId == series && r.CoachId == coachId && r.CancelledUtc == null && r.LocalDate >= run.LocalDate)
                .ToListAsync(cancellationToken)
            : [run];
        foreach (var r in runs)
        {
            // The run being edited takes the request's date; later runs of a series keep theirs.
            var date = r.Id == run.Id ? request.Dates[0] : r.LocalDate;
            r.Title = request.Title;
            r.Place = place;
            r.LocalDate = date;
            r.LocalTime = request.Time;
            r.StartUtc = request.StartOn(date).UtcDateTime;
            r.Notes = request.Notes;
            if (stored is not null)
            {
                r.Route = stored;
            }
            else if (removeRoute)
            {
                r.RouteId = null;
            }

            SyncInvitees(r, request.Invitees, now);
            r.Sequence++;
            r.UpdatedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (runs, new Dictionary<string, string[]>());
    }

    /// <summary>
    /// Cancels a run (and, with <paramref name="restOfSeries"/>, the later runs of its series): they stay, marked cancelled with
    /// a higher sequence, so subscribed calendars show them cancelled. A run that has already started is never cancelled.
    /// Returns how many were cancelled (<see cref="GroupRunCancellation.AlreadyStarted"/> when the chosen run had started),
    /// or null when the run is not the coach's.
    /// </summary>
    public async Task<GroupRunCancellation?> CancelAsync(string coachId, int id, bool restOfSeries, CancellationToken cancellationToken)
    {
        var run = await db.GroupRuns.FirstOrDefaultAsync(r => r.Id == id && r.CoachId == coachId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (run.StartUtc <= now)
        {
            return new GroupRunCancellation(0, AlreadyStarted: true);
        }

        var runs = restOfSeries && run.SeriesId is { } series
            ? await db.GroupRuns.Where(r => r.SeriesId == series && r.CoachId == coachId && r.CancelledUtc == null && r.LocalDate >= run.LocalDate)
                .ToListAsync(cancellationToken)
            : [run];
        runs = runs.Where(r => r.CanCancel(now)).ToList();
        foreach (var r in runs)
        {
            r.CancelledUtc = now;
            r.Sequence++;
            r.UpdatedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return new GroupRunCancellation(runs.Count, AlreadyStarted: false);
    }

    /// <summary>The coach's runs from <paramref name="from"/> (the place's local date), cancelled ones included, soonest first.</summary>
    public async Task<IReadOnlyList<GroupRunDetails>> ListAsync(string coachId, DateOnly from, int take, CancellationToken cancellationToken)
    {
        var runs = await db.GroupRuns.AsNoTracking().AsSplitQuery().Include(r => r.Place).Include(r => r.Invitees)
            .Where(r => r.CoachId == coachId && r.LocalDate >= from)
            .OrderBy(r => r.StartUtc).Take(take).ToListAsync(cancellationToken);
        return await DetailsAsync(runs, withRoute: false, cancellationToken);
    }

    /// <summary>The coach's runs with these ids (others' are left out), soonest first.</summary>
    public async Task<IReadOnlyList<GroupRunDetails>> ListByIdsAsync(string coachId, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var runs = await db.GroupRuns.AsNoTracking().AsSplitQuery().Include(r => r.Place).Include(r => r.Route).Include(r => r.Invitees)
            .Where(r => r.CoachId == coachId && ids.Contains(r.Id))
            .OrderBy(r => r.StartUtc).ToListAsync(cancellationToken);
        return await DetailsAsync(runs, withRoute: false, cancellationToken);
    }

    /// <summary>
    /// Gives a run (and, with <paramref name="restOfSeries"/>, the later runs of its series) a new route; each changed run counts
    /// up its sequence. False when the run is not the coach's or is cancelled.
    /// </summary>
    public async Task<bool> SetRouteAsync(string coachId, int id, GroupRoute route, bool restOfSeries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var run = await db.GroupRuns.FirstOrDefaultAsync(r => r.Id == id && r.CoachId == coachId, cancellationToken);
        if (run is null || run.IsCancelled)
        {
            return false;
        }

        var runs = restOfSeries && run.SeriesId is { } series
            ? await db.GroupRuns.Where(r => r.SeriesId == series && r.CoachId == coachId && r.CancelledUtc == null && r.LocalDate >= run.LocalDate)
                .ToListAsync(cancellationToken)
            : [run];
        var now = clock.GetUtcNow().UtcDateTime;
        var stored = StoreRoute(coachId, route, now);
        foreach (var r in runs)
        {
            r.Route = stored;
            r.Sequence++;
            r.UpdatedUtc = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>One of the coach's runs with its route, or null when it is not theirs.</summary>
    public async Task<GroupRunDetails?> GetAsync(string coachId, int id, CancellationToken cancellationToken)
    {
        var run = await db.GroupRuns.AsNoTracking().AsSplitQuery().Include(r => r.Place).Include(r => r.Route).Include(r => r.Invitees)
            .FirstOrDefaultAsync(r => r.Id == id && r.CoachId == coachId, cancellationToken);
        return run is null ? null : (await DetailsAsync([run], withRoute: true, cancellationToken))[0];
    }

    /// <summary>Local time, light and names for stored runs (loaded with their place and invitees).</summary>
    internal async Task<IReadOnlyList<GroupRunDetails>> DetailsAsync(IReadOnlyList<GroupRun> runs, bool withRoute, CancellationToken cancellationToken)
    {
        var ids = runs.SelectMany(r => r.Invitees).Select(i => i.RunnerId).Distinct().ToArray();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return runs.Select(r => Details(r, withRoute, names)).ToArray();
    }

    private static GroupRunDetails Details(GroupRun run, bool withRoute, Dictionary<string, string> names)
    {
        var zone = TimeZones.Find(run.Place.TimeZone) ?? TimeZoneInfo.Utc;
        var start = TimeZoneInfo.ConvertTime(new DateTimeOffset(run.StartUtc, TimeSpan.Zero), zone);
        var sun = SunCalculator.ForDay(new Coordinates(run.Place.Latitude, run.Place.Longitude), DateOnly.FromDateTime(start.DateTime), zone);
        var invitees = run.Invitees.Where(i => i.IsInvited)
            .Select(i => (i, names.TryGetValue(i.RunnerId, out var n) ? n : "Former client"))
            .OrderBy(i => i.Item2, StringComparer.CurrentCultureIgnoreCase).ToArray();
        var route = withRoute && run.Route is { } stored ? RouteJson.Read(stored) : null;
        return new GroupRunDetails(run, zone, start, sun, sun.LightAt(start), route, invitees);
    }

    private async Task<IReadOnlyDictionary<string, string[]>?> InviteeErrorsAsync(
        string coachId, IReadOnlyList<string> invitees, CancellationToken cancellationToken)
    {
        if (invitees.Count == 0)
        {
            return null;
        }

        var clients = (await new CoachAccess(db, clock).ClientsAsync(coachId, cancellationToken)).Select(c => c.Runner.Id).ToHashSet(StringComparer.Ordinal);
        return invitees.All(clients.Contains) ? null : new Dictionary<string, string[]>
        {
            [GroupRunField.Invitees] = ["Only your current clients can be invited."],
        };
    }

    private async Task<MeetingPlace> PlaceAsync(string coachId, GroupRunRequest request, DateTime now, CancellationToken cancellationToken)
    {
        var (lat, lon) = (request.Place.LatitudeDegrees, request.Place.LongitudeDegrees);
        var place = await db.MeetingPlaces.FirstOrDefaultAsync(
            p => p.CoachId == coachId && p.Name == request.PlaceName && p.Latitude == lat && p.Longitude == lon && p.TimeZone == request.Zone.Id,
            cancellationToken);
        if (place is null)
        {
            place = new MeetingPlace { CoachId = coachId, Name = request.PlaceName, Latitude = lat, Longitude = lon, TimeZone = request.Zone.Id };
            db.MeetingPlaces.Add(place);
        }

        place.LastUsedUtc = now;
        return place;
    }

    private StoredRoute StoreRoute(string coachId, GroupRoute route, DateTime now)
    {
        var stored = new StoredRoute
        {
            CoachId = coachId, Name = route.Name.Length > 200 ? route.Name[..200] : route.Name, PointsJson = RouteJson.Write(route.Points),
            Meters = route.Meters, AscentMeters = route.AscentMeters, CreatedUtc = now,
        };
        db.GroupRoutes.Add(stored);
        return stored;
    }

    private static void SyncInvitees(GroupRun run, IReadOnlyList<string> invitees, DateTime now)
    {
        foreach (var invitee in run.Invitees)
        {
            var invited = invitees.Contains(invitee.RunnerId);
            invitee.RemovedUtc = invited ? null : invitee.RemovedUtc ?? now;
        }

        foreach (var id in invitees.Where(id => run.Invitees.All(i => i.RunnerId != id)))
        {
            run.Invitees.Add(new GroupRunInvitee { RunnerId = id });
        }
    }
}

/// <summary>What <see cref="CoachGroupRuns.CancelAsync"/> did: how many runs it cancelled, and whether the chosen one had already started.</summary>
public readonly record struct GroupRunCancellation(int Cancelled, bool AlreadyStarted);
