using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Hosting;

/// <summary>The Data Protection key ring lives in the database: a staff cookie survives a restart.</summary>
[Collection(AppHostCollection.Name)]
public sealed class DataProtectionKeyTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("chatdesk-keys-").FullName;

    [Fact]
    public async Task KeysAreStoredInTheDatabaseAndACookieSurvivesARestart()
    {
        var cookie = await SignInAsync(new ChatDeskFactory(database));

        Assert.Equal(1, database.Count("DataProtectionKeys"));
        Assert.Contains("<masterKey", KeyXml());
        await using var restarted = new ChatDeskFactory(database);
        Assert.Equal(HttpStatusCode.OK, await AgentPageAsync(restarted, cookie));
    }

    [Fact]
    public async Task WithACertificateTheStoredKeysAreEncryptedAndStillRead()
    {
        var settings = new Dictionary<string, string?>
        {
            ["DataProtection:CertificatePath"] = CreateCertificate("keys.pfx", "Pfx-Pass-1"),
            ["DataProtection:CertificatePassword"] = "Pfx-Pass-1",
        };
        var cookie = await SignInAsync(new ChatDeskFactory(database, settings));

        Assert.Contains("<encryptedSecret", KeyXml());
        Assert.DoesNotContain("<masterKey", KeyXml());
        await using var restarted = new ChatDeskFactory(database, settings);
        Assert.Equal(HttpStatusCode.OK, await AgentPageAsync(restarted, cookie));
    }

    private static async Task<string> SignInAsync(ChatDeskFactory factory)
    {
        await using (factory)
        {
            using var client = await StaffSignIn.ClientForAsync(factory, "agent1");
            // The cookie handler adds the kept cookies to each request; that header is what a browser would send.
            var response = await client.GetAsync("/agent");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return string.Join("; ", response.RequestMessage!.Headers.GetValues("Cookie"));
        }
    }

    private static async Task<HttpStatusCode> AgentPageAsync(ChatDeskFactory factory, string cookie)
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/agent");
        request.Headers.Add("Cookie", cookie);
        return (await client.SendAsync(request)).StatusCode;
    }

    private string KeyXml() => Assert.Single(database.Column("SELECT \"Xml\" FROM \"DataProtectionKeys\""));

    private string CreateCertificate(string name, string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=ChatDesk keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    public void Dispose()
    {
        database.Dispose();
        Directory.Delete(folder, recursive: true);
    }
}
