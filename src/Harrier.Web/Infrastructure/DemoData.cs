using Harrier.Core.Accounts;
using Harrier.Core.Coaching;
using Harrier.Data;
using Harrier.Data.Coaching;
using Harrier.Import.Sources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// Creates the clearly marked demo accounts when the demo switch is on: a coach and three of the coach's runners, each with a
/// believable story (<see cref="DemoStories"/>): the forum thread's runner, whose back pain is not settling; a runner who missed
/// sessions and shares training only; and one on track. Each start gives every demo account a fresh random password and prints it,
/// so the credentials are never fixed or guessable.
/// </summary>
internal sealed class DemoData(UserManager<HarrierUser> users, HarrierDbContext db, TimeProvider clock, ImportLimits limits)
{
    public const string CoachEmail = "demo-coach@harrier.invalid";
    public const string RunnerEmail = "demo-runner@harrier.invalid";
    public const string MissedEmail = "demo-jordan@harrier.invalid";
    public const string OnTrackEmail = "demo-priya@harrier.invalid";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var coach = await EnsureUserAsync(CoachEmail, "Sam, demo coach (sample account)", [Roles.Runner, Roles.Coach]);
        var runner = await EnsureUserAsync(RunnerEmail, "Alex, demo runner (sample account)", [Roles.Runner]);
        var missed = await EnsureUserAsync(MissedEmail, "Jordan, demo runner (sample account)", [Roles.Runner]);
        var onTrack = await EnsureUserAsync(OnTrackEmail, "Priya, demo runner (sample account)", [Roles.Runner]);
        if (!await db.Runs.AnyAsync(r => r.OwnerId == runner.User.Id, cancellationToken))
        {
            var stories = new DemoStories(db, clock, limits);
            await stories.HurtingAsync(runner.User, coach.User, cancellationToken);
            await stories.MissedSessionsAsync(missed.User, cancellationToken);
            await stories.OnTrackAsync(onTrack.User, cancellationToken);
            await LinkAsync(coach.User, runner.User, SharingScope.TrainingAndHealth, cancellationToken);
            await LinkAsync(coach.User, missed.User, SharingScope.Training, cancellationToken);
            await LinkAsync(coach.User, onTrack.User, SharingScope.TrainingAndHealth, cancellationToken);
            await stories.CommentAsync(coach.User, runner.User, cancellationToken);
            await stories.GroupRunsAsync(coach.User, runner.User, missed.User, onTrack.User, cancellationToken);
        }

        var banner = $"""

            ==================== Harrier demo accounts (sample data only) ====================
              Demo coach : {CoachEmail}  password: {coach.Password}
              Demo runner: {RunnerEmail}  password: {runner.Password}  (back pain not settling)
              Also       : {MissedEmail}  password: {missed.Password}  (missed sessions)
                           {OnTrackEmail}  password: {onTrack.Password}  (on track)
              New passwords are made at every start with --demo.
            ==================================================================================

            """;
        Console.WriteLine(banner);
    }

    private async Task LinkAsync(HarrierUser coach, HarrierUser runner, SharingScope scope, CancellationToken cancellationToken)
    {
        var invitations = new Invitations(db, clock);
        var (_, code) = await invitations.CreateAsync(coach.Id, cancellationToken);
        await invitations.AcceptAsync(code, runner.Id, scope, cancellationToken);
    }

    private async Task<(HarrierUser User, string Password)> EnsureUserAsync(string email, string name, string[] roles)
    {
        var password = PasswordPolicy.Generate();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new HarrierUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, IsDemo = true,
                TimeZoneId = "Europe/London", CreatedUtc = clock.GetUtcNow().UtcDateTime,
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

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not prepare the demo accounts: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
