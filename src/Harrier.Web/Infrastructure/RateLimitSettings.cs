namespace Harrier.Web.Infrastructure;

/// <summary>
/// How many account requests one address may make (<c>RateLimits</c> in the configuration), each as a number of permits per
/// window: sign-ins, failed sign-ins for one e-mail, registrations and password resets. The limits are per web node and per
/// client address (the proxy's forwarded address when the app runs behind one).
/// </summary>
public sealed class RateLimitSettings
{
    /// <summary>Sign-in posts (page and API) from one address.</summary>
    public Limit SignIn { get; set; } = new() { Permits = 20, Window = TimeSpan.FromMinutes(5) };

    /// <summary>
    /// Failed sign-ins from one address for one e-mail: stops guessing one person's password without locking them out, since the
    /// same e-mail from any other address is unaffected, and the wait ends with the window.
    /// </summary>
    public Limit FailedSignIns { get; set; } = new() { Permits = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>
    /// Failed sign-ins for one e-mail from every device it has not signed in on before, whatever their addresses: holds guesses
    /// spread over many addresses, while the owner's own devices (see <see cref="SignInThrottle"/>) are never held by it.
    /// </summary>
    public Limit FailedSignInsPerAccount { get; set; } = new() { Permits = 20, Window = TimeSpan.FromMinutes(15) };

    /// <summary>Registration posts (page and API) from one address.</summary>
    public Limit Register { get; set; } = new() { Permits = 10, Window = TimeSpan.FromHours(1) };

    /// <summary>Requests for a reset link and resets (page and API) from one address.</summary>
    public Limit PasswordReset { get; set; } = new() { Permits = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>The settings under <c>RateLimits</c>, each missing value at its default; a limit below one permit or one second stops the start.</summary>
    public static RateLimitSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new RateLimitSettings();
        configuration.GetSection("RateLimits").Bind(settings);
        foreach (var (name, limit) in new[] { ("SignIn", settings.SignIn), ("FailedSignIns", settings.FailedSignIns),
            ("FailedSignInsPerAccount", settings.FailedSignInsPerAccount), ("Register", settings.Register),
            ("PasswordReset", settings.PasswordReset) })
        {
            if (limit.Permits < 1 || limit.Window < TimeSpan.FromSeconds(1))
            {
                throw new InvalidOperationException($"RateLimits:{name} needs Permits of at least 1 and a Window of at least 00:00:01.");
            }
        }

        return settings;
    }

    /// <summary>At most <see cref="Permits"/> requests in each <see cref="Window"/> (a fixed window, e.g. "00:05:00").</summary>
    public sealed class Limit
    {
        public int Permits { get; set; }

        public TimeSpan Window { get; set; }
    }
}
