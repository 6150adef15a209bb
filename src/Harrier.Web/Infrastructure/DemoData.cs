using System.Security.Cryptography;
using Harrier.Core;
using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Data;
using Harrier.Data.Import;
using Harrier.Import.Sources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Creates the clearly marked demo coach and demo runner when the demo switch is on, with six weeks of sample runs for the runner.
/// Each start gives both accounts a fresh random password and prints it, so the credentials are never fixed or guessable.
/// </summary>
internal sealed class DemoData(UserManager<HarrierUser> users, HarrierDbContext db, TimeProvider clock, ImportLimits limits)
{
    public const string CoachEmail = "demo-coach@harrier.invalid";
    public const string RunnerEmail = "demo-runner@harrier.invalid";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var coach = await EnsureUserAsync(CoachEmail, "Demo Coach (sample account)", [Roles.Runner, Roles.Coach]);
        var runner = await EnsureUserAsync(RunnerEmail, "Demo Runner (sample account)", [Roles.Runner]);
        if (!await db.Runs.AnyAsync(r => r.OwnerId == runner.User.Id, cancellationToken))
        {
            await AddSampleRunsAsync(runner.User, cancellationToken);
        }

        var banner = $"""

            ==================== Harrier demo accounts (sample data only) ====================
              Demo coach : {CoachEmail}  password: {coach.Password}
              Demo runner: {RunnerEmail}  password: {runner.Password}
              New passwords are made at every start with --demo.
            ==================================================================================

            """;
        Console.WriteLine(banner);
    }

    private async Task<(HarrierUser User, string Password)> EnsureUserAsync(string email, string name, string[] roles)
    {
        var password = RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new HarrierUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                IsDemo = true,
                TimeZoneId = TimeZones.Utc,
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user, password));
        }
        else
        {
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
            await users.SetLockoutEndDateAsync(user, null);
        }

        foreach (var role in roles)
        {
            if (!await users.IsInRoleAsync(user, role))
            {
                Check(await users.AddToRoleAsync(user, role));
            }
        }

        return (user, password);
    }

    private async Task AddSampleRunsAsync(HarrierUser runner, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var shoe = new Shoe { OwnerId = runner.Id, Name = "Demo trainers", StartingDistance = Distance.FromKilometers(42), CreatedUtc = now };
        db.Shoes.Add(shoe);
        // A Couch-to-5K style build-up: three runs a week on alternate days, getting a little longer each week.
        var today = now.Date;
        for (var week = 5; week >= 0; week--)
        {
            foreach (var dayOffset in new[] { 0, 2, 4 })
            {
                var day = today.AddDays(-7 * week - 6 + dayOffset);
                if (day > today)
                {
                    continue;
                }

                var minutes = 20 + (5 - week) * 3 + dayOffset;
                var km = Math.Round(minutes / 7.2, 2);
                db.Runs.Add(new Run
                {
                    OwnerId = runner.Id,
                    StartUtc = DateTime.SpecifyKind(day.AddHours(6).AddMinutes(15), DateTimeKind.Utc),
                    TimeZoneId = runner.TimeZoneId,
                    Distance = Distance.FromKilometers(km),
                    Duration = TimeSpan.FromMinutes(minutes),
                    Effort = new Effort(Math.Min(7, 3 + dayOffset / 2 + (week == 2 ? 1 : 0))),
                    Surface = dayOffset == 2 ? Surface.Grass : Surface.Road,
                    Shoe = shoe,
                    Source = RunSource.Demo,
                    CreatedUtc = now,
                    UpdatedUtc = now,
                    Notes = week == 2 && dayOffset == 4 ? "Hilly loop; lower back a bit stiff afterwards (sample data)." : null,
                });
            }
        }

        // Sample heart rates, so the imported sample run below also shows a heart-rate load.
        (runner.MaxHeartRate, runner.RestingHeartRate) = (188, 56);
        await db.SaveChangesAsync(cancellationToken);

        // One run as if imported from a watch, so the run page with its route, charts and splits has something to show.
        var start = DateTime.SpecifyKind(today.AddDays(-1).AddHours(6).AddMinutes(5), DateTimeKind.Utc);
        var gpx = SampleActivity.Gpx(start, TimeSpan.FromMinutes(28), 53.3498, -6.2603);
        await new ActivityImport(db, clock, limits).ImportAsync(runner, "sample-loop.gpx", gpx, cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not prepare the demo accounts: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
