using Harrier.Data;

namespace Harrier.Web.Infrastructure;

/// <summary>What a self-hoster should set and has not, said once at start.</summary>
internal static class StartWarnings
{
    public static void Log(WebApplication app)
    {
        if (string.IsNullOrEmpty(app.Configuration[KeyProtection.CertificatePathSetting]))
        {
            app.Logger.LogWarning(
                "Cookie-encryption keys are stored unencrypted in the database: set {PathSetting} (a .pfx certificate with its private key) and {PasswordSetting} to encrypt them at rest.",
                KeyProtection.CertificatePathSetting, KeyProtection.CertificatePasswordSetting);
        }

        var links = app.Services.GetRequiredService<PublicLinks>();
        if (!links.IsConfigured)
        {
            app.Logger.LogWarning(
                "PublicBaseUrl is not set: links given out (calendar feeds, invitations, e-mails) use {Guess} unless AllowedHosts names the host a request came to; set PublicBaseUrl to the address people open.",
                links.Base);
        }
    }
}
