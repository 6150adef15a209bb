namespace Harrier.Tests;

/// <summary>
/// What the test environment provides. The README's test command starts PostgreSQL and sets <c>HARRIER_TEST_POSTGRES</c>,
/// installs Chromium, and sets <c>HARRIER_TEST_REQUIRE_SERVICES=1</c> so that a missing service fails the run instead of skipping.
/// </summary>
internal static class TestEnvironment
{
    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable("HARRIER_TEST_POSTGRES") is { Length: > 0 } cs ? cs : null;

    public static bool RequireServices => Environment.GetEnvironmentVariable("HARRIER_TEST_REQUIRE_SERVICES") == "1";

    /// <summary>Skips the test when a service is missing on a developer's machine; fails it when the run requires services.</summary>
    public static void Need(bool available, string what)
    {
        if (available)
        {
            return;
        }

        if (RequireServices)
        {
            Assert.Fail($"{what} is required (HARRIER_TEST_REQUIRE_SERVICES=1) but not available.");
        }

        Assert.Skip($"{what} is not available; run scripts/test.sh to start it.");
    }
}
