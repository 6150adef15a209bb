using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Harrier.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for SQLite migrations; never used at run time.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<HarrierDbContext>
{
    public HarrierDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<HarrierDbContext>();
        HarrierDatabase.Configure(builder, new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design-time.db", "."));
        return new HarrierDbContext(builder.Options);
    }
}
