using Harrier.Core.Load;
using Harrier.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Load;

/// <summary>
/// The runner's maximum and resting heart rate (and, optionally, sex) for the heart-rate load: the one place the settings page
/// and <c>PUT /api/me</c> save them, and the one place every run's stored heart-rate load follows them.
/// </summary>
public sealed class HeartRateSettings(HarrierDbContext db)
{
    /// <summary>
    /// Checks the values; when they are usable, saves them on <paramref name="user"/> and sets every run's heart-rate load again
    /// from its stored heart-rate histogram (no file or stream is read). Returns the problems, each naming its field; nothing is
    /// saved when there are any. Both rates empty clears the settings and the heart-rate loads.
    /// </summary>
    public async Task<IReadOnlyList<HeartRateProblem>> SaveAsync(
        HarrierUser user, int? maxHeartRate, int? restingHeartRate, Sex? sex, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var problems = HeartRateProfile.Problems(maxHeartRate, restingHeartRate);
        if (problems.Count > 0)
        {
            return problems;
        }

        var changed = (user.MaxHeartRate, user.RestingHeartRate, user.Sex) != (maxHeartRate, restingHeartRate, sex);
        (user.MaxHeartRate, user.RestingHeartRate, user.Sex) = (maxHeartRate, restingHeartRate, sex);
        if (db.Entry(user).State == EntityState.Detached)
        {
            db.Users.Attach(user).State = EntityState.Modified;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (changed)
        {
            await ApplyAsync(user.Id, user.HeartRateProfile, cancellationToken);
        }

        return [];
    }

    /// <summary>Sets the heart-rate load of every recorded run of the runner from <paramref name="profile"/>; returns how many runs have one.</summary>
    public async Task<int> ApplyAsync(string ownerId, HeartRateProfile? profile, CancellationToken cancellationToken)
    {
        var histograms = await db.RunRecordings.AsNoTracking().Where(r => r.OwnerId == ownerId)
            .Select(r => new { r.RunId, r.Metrics }).ToDictionaryAsync(r => r.RunId, r => r.Metrics, cancellationToken);
        var runs = await db.Runs.OwnedBy(ownerId).Where(r => r.Recording != null).ToListAsync(cancellationToken);
        foreach (var run in runs)
        {
            run.HeartRateLoad = histograms.TryGetValue(run.Id, out var metrics) ? ActivityImport.HeartRateLoad(profile, metrics) : null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return runs.Count(r => r.HeartRateLoad is not null);
    }
}
