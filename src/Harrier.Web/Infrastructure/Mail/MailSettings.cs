using MailKit.Security;

namespace Harrier.Web.Infrastructure.Mail;

/// <summary>
/// The SMTP server Harrier sends its e-mails through (<c>Smtp</c> in the configuration). Without a <see cref="Host"/> no e-mail
/// is sent, and password reset by e-mail is not offered.
/// </summary>
public sealed class MailSettings
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>None, Auto (the default: TLS on port 465, STARTTLS when offered elsewhere), StartTls or SslOnConnect.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    /// <summary>Sign-in to the SMTP server, when it asks for one.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Harrier &lt;harrier@example.org&gt;</c>.</summary>
    public string From { get; set; } = "Harrier <harrier@localhost>";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public static MailSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var settings = new MailSettings();
        configuration.GetSection("Smtp").Bind(settings);
        return settings;
    }
}
