using Harrier.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Harrier.Cli.Commands;

/// <summary>Opens the database the web app uses, from the same configuration (harrier.json in the data folder, HARRIER_ variables).</summary>
internal static class CliDatabase
{
    public static async Task<HarrierDbContext> OpenAsync(string? dataDir, CancellationToken cancellationToken)
    {
        var env = Environment.GetEnvironmentVariable("HARRIER_DataDir");
        var folder = string.IsNullOrWhiteSpace(dataDir) ? env : dataDir;
        var builder = new ConfigurationBuilder().AddHarrierSources(folder);
        if (!string.IsNullOrWhiteSpace(dataDir))
        {
            builder.AddInMemoryCollection([new KeyValuePair<string, string?>("DataDir", dataDir)]);
        }

        var settings = DatabaseSettings.From(builder.Build());
        var options = new DbContextOptionsBuilder<HarrierDbContext>();
        HarrierDatabase.Configure(options, settings);
        var db = new HarrierDbContext(options.Options);
        await HarrierDatabase.MigrateAsync(db, settings, cancellationToken);
        return db;
    }

    public static Task<HarrierUser?> FindUserAsync(HarrierDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }
}
