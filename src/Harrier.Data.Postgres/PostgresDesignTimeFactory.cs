using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Harrier.Data.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the model for PostgreSQL migrations; it never connects.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<HarrierDbContext>
{
    public HarrierDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<HarrierDbContext>();
        HarrierDatabase.Configure(builder, new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=harrier_design", "."));
        return new HarrierDbContext(builder.Options);
    }
}
