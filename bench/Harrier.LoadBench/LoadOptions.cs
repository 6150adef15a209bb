using System.Globalization;

namespace Harrier.LoadBench;

/// <summary>What to seed and how hard to drive it.</summary>
internal sealed record LoadOptions
{
    public string Provider { get; init; } = "sqlite";

    /// <summary>An administrative connection to PostgreSQL; a database is created for the run and dropped after.</summary>
    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("HARRIER_TEST_POSTGRES");

    public int Runners { get; init; } = 100;

    public int Years { get; init; } = 3;

    /// <summary>Weeks of each runner's most recent runs that are imported from activity files (with recordings).</summary>
    public int RecentWeeks { get; init; } = 8;

    public int Clients { get; init; } = 30;

    public int Duration { get; init; } = 15;

    public IReadOnlyList<int> Connections { get; init; } = [10, 50];

    public string? Output { get; init; }

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            int Number() => int.Parse(value, CultureInfo.InvariantCulture);
            options = args[i] switch
            {
                "--provider" => options with { Provider = value.ToLowerInvariant() },
                "--postgres" => options with { Postgres = value },
                "--runners" => options with { Runners = Number() },
                "--years" => options with { Years = Number() },
                "--recent" => options with { RecentWeeks = Number() },
                "--clients" => options with { Clients = Number() },
                "--duration" => options with { Duration = Number() },
                "--connections" => options with { Connections = value.Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray() },
                "--out" => options with { Output = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}."),
            };
        }

        return options.Provider is "sqlite" or "postgres"
            ? options
            : throw new ArgumentException("--provider is sqlite or postgres.");
    }
}
