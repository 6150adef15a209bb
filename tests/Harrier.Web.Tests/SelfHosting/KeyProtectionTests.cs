using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Harrier.Tests.Web;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Harrier.Web.Tests.SelfHosting;

/// <summary>The app with a self-signed certificate (made for the test) configured to encrypt its cookie keys.</summary>
public sealed class KeyCertificateHarrierServer : HarrierServer
{
    public const string Password = "test certificate password";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Harrier test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
        var path = Path.Combine(Database.DataDirectory, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        builder.UseSetting("DataProtection:CertificatePath", path);
        builder.UseSetting("DataProtection:CertificatePassword", Password);
    }
}

public sealed class KeyProtectionTests(KeyCertificateHarrierServer server) : IClassFixture<KeyCertificateHarrierServer>
{
    [Fact]
    public async Task StoredKey_CertificateConfigured_IsEncryptedAndStillReadable()
    {
        using var browser = await Pages.SignedInBrowserAsync(server, "keys"); // signing in needs a key: one is made and stored

        await using var db = server.Database.NewContext();
        var stored = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync();
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        });
        var keys = server.Services.GetRequiredService<IKeyManager>().GetAllKeys();
        Assert.All(keys, k => Assert.NotNull(k.Descriptor)); // decrypted with the certificate's private key
        using var settings = await browser.GetAsync("/account/settings");
        Assert.Equal(System.Net.HttpStatusCode.OK, settings.StatusCode);
    }
}
