using Harrier.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace Harrier.Cli.Commands;

/// <summary>Opens the database the web app uses, from the same configuration (harrier.json in the data folder, HARRIER_ variables).</summary>
internal static class CliDatabase
{
    /// <summary>The configuration the web app would read, from the data folder's harrier.json and HARRIER_ variables.</summary>
    public static IConfiguration Configuration(string? dataDir)
    {
        var builder = new ConfigurationBuilder().AddHarrierSources(dataDir);
        if (!string.IsNullOrWhiteSpace(dataDir))
        {
            builder.AddInMemoryCollection([new KeyValuePair<string, string?>("DataDir", dataDir)]);
        }

        return builder.Build();
    }

    public static async Task<HarrierDbContext> OpenAsync(string? dataDir, CancellationToken cancellationToken)
    {
        var settings = DatabaseSettings.From(Configuration(dataDir));
        var options = new DbContextOptionsBuilder<HarrierDbContext>();
        HarrierDatabase.Configure(options, settings);
        var db = new HarrierDbContext(options.Options);
        await HarrierDatabase.MigrateAsync(db, settings, cancellationToken);
        return db;
    }

    /// <summary>The account with this email, or null after telling the user there is none.</summary>
    public static async Task<HarrierUser?> FindUserOrSayAsync(HarrierDbContext db, string email, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var user = await FindUserAsync(db, email, cancellationToken);
        if (user is null)
        {
            console.MarkupLineInterpolated($"[red]No account with the email {email}.[/]");
        }

        return user;
    }

    /// <summary>
    /// The coach account with this email, or null after telling the user there is none or that it is not a coach account (the
    /// same role the web app's coach pages require; an account becomes a coach in its settings).
    /// </summary>
    public static async Task<HarrierUser?> FindCoachOrSayAsync(HarrierDbContext db, string email, IAnsiConsole console, CancellationToken cancellationToken)
    {
        if (await FindUserOrSayAsync(db, email, console, cancellationToken) is not { } user)
        {
            return null;
        }

        if (!await Roles.IsCoachAsync(db, user.Id, cancellationToken))
        {
            console.MarkupLineInterpolated($"[red]{email} is not a coach account.[/] Tick \"I coach other runners\" in its settings first.");
            return null;
        }

        return user;
    }

    public static Task<HarrierUser?> FindUserAsync(HarrierDbContext db, string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
    }
}
