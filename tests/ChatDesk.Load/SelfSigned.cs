using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace ChatDesk.Load;

/// <summary>A throw-away certificate for 127.0.0.1, made per run: the benchmark serves HTTPS on loopback only, and
/// its own clients (and Chromium, told to ignore certificate errors) are the only ones that ever see it.</summary>
public static class SelfSigned
{
    public const string Password = "loopback-only";

    public static string WritePfx(string path, string password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    /// <summary>A handler that accepts the run's own certificate (and, over plain HTTP, changes nothing).</summary>
    public static HttpClientHandler TrustingHandler() =>
        new() { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
}
