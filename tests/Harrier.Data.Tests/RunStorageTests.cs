using Harrier.Core.Runs;
using Harrier.Core.Units;
using Harrier.Tests;
using Microsoft.EntityFrameworkCore;

namespace Harrier.Data.Tests;

public sealed class RunStorageTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 7, 0, 0, DateTimeKind.Utc);

    private static HarrierUser NewUser(string email) => new()
    {
        UserName = email, Email = email, NormalizedEmail = email.ToUpperInvariant(), NormalizedUserName = email.ToUpperInvariant(),
        DisplayName = email, TimeZoneId = "Europe/London", CreatedUtc = Now,
    };

    private static Run NewRun(string ownerId, DateTime startUtc, double km = 5, Shoe? shoe = null) => new()
    {
        OwnerId = ownerId, StartUtc = startUtc, TimeZoneId = "Europe/London", Distance = Distance.FromKilometers(km),
        Duration = TimeSpan.FromMinutes(31.5), Effort = new Effort(4), Surface = Surface.Grass, Shoe = shoe,
        Notes = "felt fine", CreatedUtc = Now, UpdatedUtc = Now,
    };

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task Migrate_EmptyDatabase_LeavesNoPendingMigrations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task SaveRun_ReadBack_KeepsValuesAndUtcKind(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int id;
        await using (var db = await database.MigratedContextAsync())
        {
            var user = NewUser("ana@example.com");
            db.Users.Add(user);
            var run = NewRun(user.Id, new DateTime(2026, 7, 1, 5, 15, 30, DateTimeKind.Utc));
            db.Runs.Add(run);
            await db.SaveChangesAsync();
            id = run.Id;
        }

        await using var read = database.NewContext();
        var stored = await read.Runs.SingleAsync(r => r.Id == id);
        Assert.Equal(DateTimeKind.Utc, stored.StartUtc.Kind);
        Assert.Equal(new DateTime(2026, 7, 1, 5, 15, 30, DateTimeKind.Utc), stored.StartUtc);
        Assert.Equal(new DateTime(2026, 7, 1, 6, 15, 30), stored.LocalStart);
        Assert.Equal(5000, stored.Distance.Meters, 6);
        Assert.Equal(TimeSpan.FromMinutes(31.5), stored.Duration);
        Assert.Equal(4, stored.Effort!.Value.Value);
        Assert.Equal(Surface.Grass, stored.Surface);
        Assert.Equal("felt fine", stored.Notes);
        Assert.Equal("Europe/London", stored.TimeZoneId);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task OwnedByAndRange_TwoRunners_ReturnOnlyTheOwnersRunsInRange(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var ana = NewUser("ana@example.com");
        var ben = NewUser("ben@example.com");
        db.Users.AddRange(ana, ben);
        db.Runs.AddRange(
            NewRun(ana.Id, new DateTime(2026, 11, 20, 6, 0, 0, DateTimeKind.Utc)),
            NewRun(ana.Id, new DateTime(2026, 11, 23, 6, 0, 0, DateTimeKind.Utc)),
            NewRun(ben.Id, new DateTime(2026, 11, 23, 6, 0, 0, DateTimeKind.Utc)));
        await db.SaveChangesAsync();

        var from = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);
        var runs = await db.Runs.AsNoTracking().OwnedBy(ana.Id).StartedBetween(from, from.AddDays(7)).ToListAsync();

        var run = Assert.Single(runs);
        Assert.Equal(ana.Id, run.OwnerId);
        Assert.Equal(23, run.StartUtc.Day);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task ShoeUsage_RunsInShoe_AddsToStartingDistance(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var ana = NewUser("ana@example.com");
        db.Users.Add(ana);
        var shoe = new Shoe { OwnerId = ana.Id, Name = "Pegasus", StartingDistance = Distance.FromKilometers(100), CreatedUtc = Now };
        var spare = new Shoe { OwnerId = ana.Id, Name = "Old trail", CreatedUtc = Now, RetiredOn = new DateOnly(2026, 1, 1) };
        db.Shoes.AddRange(shoe, spare);
        db.Runs.AddRange(NewRun(ana.Id, Now.AddDays(-2), 5, shoe), NewRun(ana.Id, Now.AddDays(-1), 7.5, shoe), NewRun(ana.Id, Now, 3));
        await db.SaveChangesAsync();

        var usage = await ShoeUsage.ForOwnerAsync(db, ana.Id, CancellationToken.None);

        Assert.Equal(["Pegasus", "Old trail"], usage.Select(u => u.Shoe.Name));
        Assert.Equal(112.5, usage[0].TotalDistance.TotalKilometers, 6);
        Assert.Equal(2, usage[0].RunCount);
        Assert.Equal(0, usage[1].RunCount);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task DeleteShoe_WithRuns_KeepsRunsWithoutShoe(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var ana = NewUser("ana@example.com");
        db.Users.Add(ana);
        var shoe = new Shoe { OwnerId = ana.Id, Name = "Pegasus", CreatedUtc = Now };
        db.Shoes.Add(shoe);
        db.Runs.Add(NewRun(ana.Id, Now, 5, shoe));
        await db.SaveChangesAsync();

        db.Shoes.Remove(shoe);
        await db.SaveChangesAsync();

        await using var read = database.NewContext();
        var run = await read.Runs.SingleAsync();
        Assert.Null(run.ShoeId);
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task DeleteUser_WithRunsAndShoes_RemovesThem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var ana = NewUser("ana@example.com");
        db.Users.Add(ana);
        var shoe = new Shoe { OwnerId = ana.Id, Name = "Pegasus", CreatedUtc = Now };
        db.Shoes.Add(shoe);
        db.Runs.Add(NewRun(ana.Id, Now, 5, shoe));
        await db.SaveChangesAsync();

        db.Users.Remove(ana);
        await db.SaveChangesAsync();

        await using var read = database.NewContext();
        Assert.False(await read.Runs.AnyAsync());
        Assert.False(await read.Shoes.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task AddShoe_DuplicateNameForSameRunner_IsRejected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = await database.MigratedContextAsync();
        var ana = NewUser("ana@example.com");
        db.Users.Add(ana);
        db.Shoes.Add(new Shoe { OwnerId = ana.Id, Name = "Pegasus", CreatedUtc = Now });
        await db.SaveChangesAsync();

        db.Shoes.Add(new Shoe { OwnerId = ana.Id, Name = "Pegasus", CreatedUtc = Now });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
