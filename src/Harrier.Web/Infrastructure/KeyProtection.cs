using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Harrier.Web.Infrastructure;

/// <summary>
/// The cookie-encryption (data-protection) keys live in the database; with <c>DataProtection:CertificatePath</c> (a .pfx with its
/// private key) and <c>DataProtection:CertificatePassword</c> each new key is stored encrypted with that certificate, so a copy of the
/// database alone cannot forge or read sign-in cookies. Keys stored before the certificate was set stay readable.
/// </summary>
internal static class KeyProtection
{
    public const string CertificatePathSetting = "DataProtection:CertificatePath";
    public const string CertificatePasswordSetting = "DataProtection:CertificatePassword";

    public static IServiceCollection AddKeyProtection(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration[CertificatePathSetting] is { Length: > 0 } path)
        {
            services.AddDataProtection().ProtectKeysWithCertificate(Load(path, configuration[CertificatePasswordSetting]));
        }

        return services;
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new InvalidOperationException($"{CertificatePathSetting}: '{path}' could not be read as a .pfx certificate with that password: {e.Message}", e);
        }

        return certificate.HasPrivateKey ? certificate
            : throw new InvalidOperationException($"{CertificatePathSetting}: '{path}' has no private key, so stored keys could not be decrypted.");
    }
}
