using Harrier.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Data.Tests.Accounts;

/// <summary>Sessions and passwords on SQLite and PostgreSQL: what ends a session, refresh rotation, and the sign-in check.</summary>
public sealed class AccountSessionsTests
{
    private const string Password = "correct horse battery";

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Tokens_AccessExpiresRefreshRotatesAndAReusedRefreshEndsTheSession(DatabaseProvider provider)
    {
        await using var services = await AccountServices.CreateAsync(provider);
        var user = await CreateAsync(services, "ana@example.com");
        await using var scope = services.Scope();
        var sessions = scope.ServiceProvider.GetRequiredService<AccountSessions>();

        var first = await sessions.StartTokensAsync(user, CancellationToken.None);
        Assert.Equal(user.Id, (await sessions.FindByAccessTokenAsync(first.AccessToken, CancellationToken.None))?.User.Id);
        services.Clock.Advance(AccountSessions.AccessTokenLifetime + TimeSpan.FromSeconds(1));
        Assert.Null(await sessions.FindByAccessTokenAsync(first.AccessToken, CancellationToken.None));

        var second = await sessions.RefreshAsync(first.RefreshToken, CancellationToken.None);
        Assert.NotNull(second);
        Assert.Equal(first.SessionId, second.SessionId);
        Assert.NotNull(await sessions.FindByAccessTokenAsync(second.AccessToken, CancellationToken.None));

        Assert.Null(await sessions.RefreshAsync(first.RefreshToken, CancellationToken.None));
        Assert.Null(await sessions.FindByAccessTokenAsync(second.AccessToken, CancellationToken.None));
        Assert.Null(await sessions.RefreshAsync(second.RefreshToken, CancellationToken.None));
        Assert.Null(await sessions.RefreshAsync("not a token", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SetPassword_EndsEveryCookieAndTokenSessionOfThatAccountOnly(DatabaseProvider provider)
    {
        await using var services = await AccountServices.CreateAsync(provider);
        var ana = await CreateAsync(services, "ana@example.com");
        var ben = await CreateAsync(services, "ben@example.com");
        await using var scope = services.Scope();
        var sessions = scope.ServiceProvider.GetRequiredService<AccountSessions>();
        var accounts = scope.ServiceProvider.GetRequiredService<Data.Accounts.Accounts>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HarrierUser>>();
        var phone = await sessions.StartCookieAsync(ana, null, CancellationToken.None);
        var laptop = await sessions.StartCookieAsync(ana, null, CancellationToken.None);
        var tokens = await sessions.StartTokensAsync(ana, CancellationToken.None);
        var bens = await sessions.StartCookieAsync(ben, null, CancellationToken.None);
        Assert.Equal(3, await sessions.CountAsync(ana.Id, CancellationToken.None));

        var weak = await accounts.SetPasswordAsync(await users.FindByIdAsync(ana.Id) ?? throw new InvalidOperationException(), "password12", CancellationToken.None);
        Assert.False(weak.Succeeded);
        Assert.True(await sessions.IsActiveAsync(phone, ana.Id, CancellationToken.None));

        var set = await accounts.SetPasswordAsync(await users.FindByIdAsync(ana.Id) ?? throw new InvalidOperationException(), "a new long passphrase", CancellationToken.None);

        Assert.True(set.Succeeded);
        Assert.False(await sessions.IsActiveAsync(phone, ana.Id, CancellationToken.None));
        Assert.False(await sessions.IsActiveAsync(laptop, ana.Id, CancellationToken.None));
        Assert.Null(await sessions.FindByAccessTokenAsync(tokens.AccessToken, CancellationToken.None));
        Assert.Null(await sessions.RefreshAsync(tokens.RefreshToken, CancellationToken.None));
        Assert.True(await sessions.IsActiveAsync(bens, ben.Id, CancellationToken.None));
        Assert.Equal(0, await sessions.CountAsync(ana.Id, CancellationToken.None));
        Assert.NotNull(await accounts.CheckPasswordAsync("ana@example.com", "a new long passphrase"));
        Assert.Null(await accounts.CheckPasswordAsync("ana@example.com", Password));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SecurityStamp_ChangedElsewhere_EndsSessionsEvenWithTheirRowsLeft(DatabaseProvider provider)
    {
        await using var services = await AccountServices.CreateAsync(provider);
        var ana = await CreateAsync(services, "ana@example.com");
        await using var scope = services.Scope();
        var sessions = scope.ServiceProvider.GetRequiredService<AccountSessions>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HarrierUser>>();
        var cookie = await sessions.StartCookieAsync(ana, null, CancellationToken.None);

        await users.UpdateSecurityStampAsync(await users.FindByIdAsync(ana.Id) ?? throw new InvalidOperationException());

        Assert.False(await sessions.IsActiveAsync(cookie, ana.Id, CancellationToken.None));
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<HarrierDbContext>().AccountSessions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task CookieSession_SlidesWhileUsedAndEndsWhenLeftOrEnded(DatabaseProvider provider)
    {
        await using var services = await AccountServices.CreateAsync(provider);
        var ana = await CreateAsync(services, "ana@example.com");
        await using var scope = services.Scope();
        var sessions = scope.ServiceProvider.GetRequiredService<AccountSessions>();
        var used = await sessions.StartCookieAsync(ana, null, CancellationToken.None);
        var left = await sessions.StartCookieAsync(ana, null, CancellationToken.None);
        var replaced = await sessions.StartCookieAsync(ana, null, CancellationToken.None);
        var again = await sessions.StartCookieAsync(ana, replaced, CancellationToken.None);

        services.Clock.Advance(TimeSpan.FromDays(10));
        Assert.True(await sessions.IsActiveAsync(used, ana.Id, CancellationToken.None));
        services.Clock.Advance(TimeSpan.FromDays(10));

        Assert.True(await sessions.IsActiveAsync(used, ana.Id, CancellationToken.None));
        Assert.False(await sessions.IsActiveAsync(left, ana.Id, CancellationToken.None));
        Assert.False(await sessions.IsActiveAsync(replaced, ana.Id, CancellationToken.None));
        Assert.False(await sessions.IsActiveAsync(used, "someone else", CancellationToken.None));
        await sessions.EndAsync(used, CancellationToken.None);
        Assert.False(await sessions.IsActiveAsync(used, ana.Id, CancellationToken.None));
        Assert.False(await sessions.IsActiveAsync(again, ana.Id, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Create_RefusesWeakPasswordsAndTakenAddressesAndGivesRoles(DatabaseProvider provider)
    {
        await using var services = await AccountServices.CreateAsync(provider);
        await using var scope = services.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<Data.Accounts.Accounts>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HarrierUser>>();

        var (_, weak) = await accounts.CreateAsync(new NewAccount("ana@example.com"), "aaaaaaaaaa");
        var (coach, created) = await accounts.CreateAsync(new NewAccount(" sam@example.com ", Coach: true), Password);
        var (_, taken) = await accounts.CreateAsync(new NewAccount("SAM@example.com"), "another long phrase");

        Assert.Equal("PasswordRepeated", Assert.Single(weak.Errors).Code);
        Assert.True(created.Succeeded);
        Assert.Equal("sam", coach.DisplayName);
        Assert.Equal([Roles.Coach, Roles.Runner], (await users.GetRolesAsync(coach)).Order(StringComparer.Ordinal));
        Assert.Contains(taken.Errors, e => e.Code == "DuplicateEmail");
        Assert.Null(await accounts.CheckPasswordAsync("nobody@example.com", Password));
        Assert.Null(await accounts.CheckPasswordAsync("sam@example.com", "another long phrase"));
        Assert.Equal(coach.Id, (await accounts.CheckPasswordAsync("Sam@Example.com ", Password))?.Id);
    }

    private static async Task<HarrierUser> CreateAsync(AccountServices services, string email)
    {
        await using var scope = services.Scope();
        var (user, result) = await scope.ServiceProvider.GetRequiredService<Data.Accounts.Accounts>().CreateAsync(new NewAccount(email), Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        return user;
    }
}
