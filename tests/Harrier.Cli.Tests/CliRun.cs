using Harrier.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Harrier.Tests;
using Microsoft.Extensions.Time.Testing;
using Spectre.Console.Testing;

namespace Harrier.Cli.Tests;

/// <summary>Runs the CLI in-process against a temporary data folder, at a fixed clock.</summary>
public sealed class CliRun : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 7, 30, 0, TimeSpan.Zero);

    private CliRun(TestDatabase database) => Database = database;

    internal TestDatabase Database { get; }

    public FakeTimeProvider Clock { get; } = new(Now);

    public static async Task<CliRun> CreateAsync(params string[] runnerEmails)
    {
        var run = new CliRun(await TestDatabase.CreateAsync(DatabaseProvider.Sqlite));
        await using var db = await run.Database.MigratedContextAsync();
        foreach (var email in runnerEmails)
        {
            db.Users.Add(new HarrierUser
            {
                UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
                DisplayName = email, TimeZoneId = "Europe/London", CreatedUtc = Now.UtcDateTime,
            });
        }

        await db.SaveChangesAsync();
        return run;
    }

    /// <summary>Gives the account the coach role, as ticking "I coach other runners" in its settings does.</summary>
    public async Task MakeCoachAsync(string email)
    {
        await using var db = Database.NewContext();
        var role = await db.Roles.FirstOrDefaultAsync(r => r.NormalizedName == "COACH");
        if (role is null)
        {
            role = new IdentityRole(Roles.Coach) { NormalizedName = "COACH" };
            db.Roles.Add(role);
        }

        var normalized = email.ToUpperInvariant();
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == normalized);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = role.Id });
        await db.SaveChangesAsync();
    }

    public async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var (code, output, _) = await RunWithErrorsAsync([.. args, "--data-dir", Database.DataDirectory]);
        return (code, output);
    }

    /// <summary>Runs with --data-dir on an interactive console whose keyboard types <paramref name="lines"/>, each ended by Enter.</summary>
    public async Task<(int ExitCode, string Output)> RunTypingAsync(string[] lines, params string[] args)
    {
        var console = new TestConsole().Width(200).Interactive();
        foreach (var line in lines)
        {
            console.Input.PushTextWithEnter(line);
        }

        var code = await HarrierCli.RunAsync([.. args, "--data-dir", Database.DataDirectory], console, Clock, TextWriter.Null);
        return (code, console.Output);
    }

    /// <summary>Runs without adding --data-dir (for commands that take no database), capturing standard error too.</summary>
    public async Task<(int ExitCode, string Output, string Errors)> RunWithErrorsAsync(params string[] args)
    {
        var console = new TestConsole().Width(200);
        using var errors = new StringWriter();
        var code = await HarrierCli.RunAsync(args, console, Clock, errors);
        return (code, console.Output, errors.ToString());
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
