using Harrier.Data.Ownership;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Tests.Ownership;

public sealed class AccountDeletionTests
{
    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Delete_Runner_LeavesNoRowWithTheirIdAndOthersUntouched(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var world = await OwnerWorld.SeedAsync(db);
        Assert.Empty(await UserRows.UnseededAsync(db, world.Ana.Id, world.Sam.Id));
        var boBefore = await UserRows.WhereAsync(db, world.Bo.Id);

        var deleted = await new AccountDeletion(db).DeleteAsync(world.Ana.Id, CancellationToken.None);

        Assert.True(deleted);
        await using var read = database.NewContext();
        Assert.Empty(await UserRows.WhereAsync(read, world.Ana.Id));
        Assert.Equal(boBefore, await UserRows.WhereAsync(read, world.Bo.Id));
        Assert.Equal(1, await read.CoachLinks.CountAsync(l => l.CoachId == world.Sam.Id));
        Assert.Equal(1, await read.GroupRuns.CountAsync(g => g.CoachId == world.Sam.Id));
        Assert.Equal(1, await read.Comments.CountAsync());
        Assert.Equal(0, await read.RunOriginals.CountAsync());
        Assert.Null((await read.CoachInvitations.SingleAsync()).AcceptedById);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Delete_Coach_EndsLinksAndGroupRunsAndKeepsTheRunnersRecords(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var world = await OwnerWorld.SeedAsync(db);
        var anaRuns = await db.Runs.CountAsync(r => r.OwnerId == world.Ana.Id);

        Assert.True(await new AccountDeletion(db).DeleteAsync(world.Sam.Id, CancellationToken.None));

        await using var read = database.NewContext();
        Assert.Empty(await UserRows.WhereAsync(read, world.Sam.Id));
        Assert.Empty(await read.CoachLinks.ToListAsync());
        Assert.Empty(await read.HealthViews.ToListAsync());
        Assert.Empty(await read.GroupRuns.ToListAsync());
        Assert.Empty(await read.GroupRunInvitees.ToListAsync());
        Assert.Empty(await read.MeetingPlaces.ToListAsync());
        Assert.Empty(await read.CoachInvitations.ToListAsync());
        Assert.Equal("Thanks!", Assert.Single(await read.Comments.ToListAsync()).Text);
        Assert.Equal(anaRuns, await read.Runs.CountAsync(r => r.OwnerId == world.Ana.Id));
        Assert.Equal(AccountDeletion.FormerCoach, (await read.Plans.SingleAsync(p => p.IsActive)).SetById);
        Assert.Equal(AccountDeletion.FormerCoach, (await read.Intakes.SingleAsync()).EnteredById);
    }

    [Fact]
    public async Task Delete_UnknownAccount_ReturnsFalse()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = await database.MigratedContextAsync();

        Assert.False(await new AccountDeletion(db).DeleteAsync("no-such-id", CancellationToken.None));
    }
}
