using System.Text.Json;
using System.Text.RegularExpressions;
using Harrier.Data;
using Harrier.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Cli.Tests.Users;

/// <summary>The owner's account commands: add, list and reset-password, with the same password policy as the web app.</summary>
public sealed partial class UsersCommandTests
{
    [Fact]
    public async Task Add_Coach_GetsBothRolesAndAGeneratedPasswordThatWorks()
    {
        await using var cli = await CliRun.CreateAsync();

        var (code, output) = await cli.RunAsync("users", "add", "sam@example.com", "--coach", "--name", "Sam");

        Assert.Equal(0, code);
        Assert.Contains("Created sam@example.com (runner and coach, shown as Sam).", output, StringComparison.Ordinal);
        var password = Printed(output);
        Assert.True(await PasswordWorksAsync(cli, "sam@example.com", password));
        var (_, json) = await cli.RunAsync("users", "list", "--json");
        var sam = JsonDocument.Parse(json).RootElement.EnumerateArray().Single();
        Assert.Equal(["coach", "runner"], sam.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("Sam", sam.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Add_TakenAddressOrNoAddress_IsRefused()
    {
        await using var cli = await CliRun.CreateAsync("ana@example.com");

        var (taken, takenOutput) = await cli.RunAsync("users", "add", "ANA@example.com");
        var (bad, _, errors) = await cli.RunWithErrorsAsync("users", "add", "not-an-address", "--data-dir", cli.Database.DataDirectory);

        Assert.Equal(1, taken);
        Assert.Contains("ANA@example.com already has an account.", takenOutput, StringComparison.Ordinal);
        Assert.NotEqual(0, bad);
        Assert.Equal(1, await CountAsync(cli));
        Assert.DoesNotContain("Password:", takenOutput, StringComparison.Ordinal);
        Assert.NotNull(errors);
    }

    [Fact]
    public async Task List_ShowsEveryAccountWithRolesAndDevices()
    {
        await using var cli = await CliRun.CreateAsync();
        await cli.RunAsync("users", "add", "sam@example.com", "--coach");
        await cli.RunAsync("users", "add", "ana@example.com");
        await using (var db = cli.Database.NewContext())
        {
            var ana = await db.Users.SingleAsync(u => u.Email == "ana@example.com");
            await new AccountSessions(db, cli.Clock).StartCookieAsync(ana, null, CancellationToken.None);
        }

        var (code, output) = await cli.RunAsync("users", "list");

        Assert.Equal(0, code);
        Assert.Matches(@"ana@example\.com\s+│\s+ana\s+│\s+runner\s+│\s+2026-11-25\s+│\s+1 device", output);
        Assert.Matches(@"sam@example\.com\s+│\s+sam\s+│\s+coach, runner\s+│\s+2026-11-25\s+│\s+0 devices", output);
        Assert.Contains("2 account(s).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_Generated_ReplacesThePasswordAndLogsOutEverywhere()
    {
        await using var cli = await CliRun.CreateAsync();
        var (_, added) = await cli.RunAsync("users", "add", "ana@example.com");
        var old = Printed(added);
        await using (var db = cli.Database.NewContext())
        {
            var ana = await db.Users.SingleAsync(u => u.Email == "ana@example.com");
            await new AccountSessions(db, cli.Clock).StartTokensAsync(ana, CancellationToken.None);
        }

        var (code, output) = await cli.RunAsync("users", "reset-password", "ana@example.com");

        Assert.Equal(0, code);
        Assert.Contains("Every device that was logged in has been logged out.", output, StringComparison.Ordinal);
        var password = Printed(output);
        Assert.NotEqual(old, password);
        Assert.True(await PasswordWorksAsync(cli, "ana@example.com", password));
        Assert.False(await PasswordWorksAsync(cli, "ana@example.com", old));
        await using var check = cli.Database.NewContext();
        Assert.Equal(0, await check.AccountSessions.CountAsync());
    }

    [Fact]
    public async Task ResetPassword_Prompt_SaysWhyAWeakPasswordIsRefusedAndTakesTheNextOne()
    {
        await using var cli = await CliRun.CreateAsync();
        await cli.RunAsync("users", "add", "ana@example.com");

        var (code, output) = await cli.RunTypingAsync(["password12", "aaaaaaaaaa", "tempo on the towpath"], "users", "reset-password", "ana@example.com", "--prompt");

        Assert.Equal(0, code);
        Assert.Contains("This is one of the most common passwords", output, StringComparison.Ordinal);
        Assert.Contains("Avoid repeating a character", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password:", output, StringComparison.Ordinal);
        Assert.True(await PasswordWorksAsync(cli, "ana@example.com", "tempo on the towpath"));
    }

    [Fact]
    public async Task ResetPassword_UnknownAddress_SaysSo()
    {
        await using var cli = await CliRun.CreateAsync();

        var (code, output) = await cli.RunAsync("users", "reset-password", "nobody@example.com");

        Assert.Equal(1, code);
        Assert.Contains("No account with the email nobody@example.com.", output, StringComparison.Ordinal);
    }

    private static string Printed(string output) => PrintedPassword().Match(output) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException(output);

    private static async Task<bool> PasswordWorksAsync(CliRun cli, string email, string password)
    {
        await using var db = cli.Database.NewContext();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        return new PasswordHasher<HarrierUser>().VerifyHashedPassword(user, user.PasswordHash!, password) != PasswordVerificationResult.Failed;
    }

    private static async Task<int> CountAsync(CliRun cli)
    {
        await using var db = cli.Database.NewContext();
        return await db.Users.CountAsync();
    }

    [GeneratedRegex(@"Password: ([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})")]
    private static partial Regex PrintedPassword();
}
