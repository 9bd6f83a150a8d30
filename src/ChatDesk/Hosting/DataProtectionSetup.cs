using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ChatDesk.Data;
using Microsoft.AspNetCore.DataProtection;

namespace ChatDesk.Hosting;

/// <summary>
/// The Data Protection key ring (it signs the staff cookie, antiforgery tokens and Blazor circuits) lives in the
/// database: it survives restarts and redeploys, and several nodes on one database share it. With
/// <c>DataProtection:CertificatePath</c> each key is encrypted with that certificate before it is stored; without
/// one, keys are stored unencrypted: on Linux nothing else protects them, so anyone who can read the database can
/// forge staff cookies.
/// </summary>
internal static class DataProtectionSetup
{
    public const string Section = "DataProtection";

    public static IServiceCollection AddChatDeskDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var protection = services.AddDataProtection()
            // A fixed name, not the content root path: every node and every install folder reads the same keys.
            .SetApplicationName("ChatDesk")
            .PersistKeysToDbContext<ChatDeskDbContext>();
        var path = configuration[$"{Section}:CertificatePath"];
        if (!string.IsNullOrWhiteSpace(path))
            protection.ProtectKeysWithCertificate(LoadCertificate(path, configuration[$"{Section}:CertificatePassword"]));
        return services;
    }

    internal static X509Certificate2 LoadCertificate(string path, string? password)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"{Section}:CertificatePath: cannot load '{path}' as a PKCS#12 (.pfx) certificate with {Section}:CertificatePassword: {ex.Message}", ex);
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"{Section}:CertificatePath: '{path}' has no private key, so stored keys could not be decrypted.");
        return certificate;
    }
}
