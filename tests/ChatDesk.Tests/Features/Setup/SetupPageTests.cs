using System.Net;
using System.Text.RegularExpressions;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Setup;

/// <summary>The one-time /setup page over HTTP, from this machine and from elsewhere.</summary>
[Collection(AppHostCollection.Name)]
public sealed partial class SetupPageTests : IDisposable
{
    private static readonly IPAddress Remote = IPAddress.Parse("203.0.113.9");
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    // An empty database: no demo, so no admin yet.
    public SetupPageTests() => factory = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Demo:Seed"] = "false" });

    [Fact]
    public async Task FromAnotherMachineTheSetupPageIsNotFoundAndItsFormCreatesNothing()
    {
        using var local = ClientFrom.Address(factory, IPAddress.Loopback);
        var token = await TokenAsync(local);
        using var remote = ClientFrom.Address(factory, Remote);

        var page = await remote.GetAsync("/setup");
        var post = await remote.PostAsync("/setup", Form(token, "intruder", "Strong-Pass-123", "Strong-Pass-123"));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.DoesNotContain("first administrator", await page.Content.ReadAsStringAsync());
        Assert.Equal(0, database.Count("AspNetUsers"));
    }

    [Theory]
    [InlineData("X-Forwarded-For", "198.51.100.4")]
    [InlineData("Forwarded", "for=198.51.100.4")]
    public async Task ARequestThatCameThroughAProxyIsRefusedEvenFromLoopback(string header, string value)
    {
        using var local = ClientFrom.Address(factory, IPAddress.Loopback);
        local.DefaultRequestHeaders.Add(header, value);

        var response = await local.GetAsync("/setup");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task FromThisMachineItCreatesTheFirstAdminWhoCanSignInAndThenItIsGone()
    {
        using var local = ClientFrom.Address(factory, IPAddress.IPv6Loopback);
        var html = await local.GetStringAsync("/setup");
        Assert.Contains("Create the first administrator", html);
        Assert.Matches("<label for=\"setup-username\"[^>]*>User name</label>", html);
        var token = TokenPattern().Match(html).Groups[1].Value;

        var mismatch = await local.PostAsync("/setup", Form(token, "boss", "Strong-Pass-123", "Strong-Pass-124"));
        var mismatchHtml = await mismatch.Content.ReadAsStringAsync();
        Assert.Contains("The two passwords are not the same.", mismatchHtml);
        Assert.Contains("value=\"boss\"", mismatchHtml);
        Assert.Matches("id=\"setup-confirm\"[^>]*aria-invalid", mismatchHtml);
        Assert.Equal(0, database.Count("AspNetUsers"));

        var created = await local.PostAsync("/setup", Form(token, "boss", "Strong-Pass-123", "Strong-Pass-123"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/account/login", created.Headers.Location!.AbsolutePath);

        Assert.Equal(HttpStatusCode.NotFound, (await local.GetAsync("/setup")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await local.PostAsync("/setup", Form(token, "second", "Strong-Pass-123", "Strong-Pass-123"))).StatusCode);
        Assert.Equal(1, database.Count("AspNetUsers"));
        using var admin = await StaffSignIn.ClientForAsync(factory, "boss", "Strong-Pass-123");
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/staff")).StatusCode);
        Assert.Equal(1, database.Count("AuditEntries"));
    }

    [Fact]
    public async Task AWeakPasswordIsRefusedInTheBrowsersLanguageKeepingWhatWasTyped()
    {
        using var local = ClientFrom.Address(factory, IPAddress.Loopback);
        local.DefaultRequestHeaders.AcceptLanguage.ParseAdd("sv-SE,sv;q=0.9,en;q=0.8");
        var html = await local.GetStringAsync("/setup");
        Assert.Contains("Skapa den f&#xF6;rsta administrat&#xF6;ren", html);

        var weak = await local.PostAsync("/setup", Form(TokenPattern().Match(html).Groups[1].Value, "chefen", "kort", "kort"));

        var answer = await weak.Content.ReadAsStringAsync();
        Assert.Contains("Administrat&#xF6;ren skapades inte.", answer);
        Assert.Contains("Ta med en siffra (0&#x2013;9).", answer);
        Assert.Contains("value=\"chefen\"", answer);
        Assert.Equal(0, database.Count("AspNetUsers"));
    }

    [Fact]
    public async Task WithAnAdminInTheDatabaseTheSetupPageIsNotFoundEvenFromThisMachine()
    {
        using var demoDatabase = new SharedMemoryDatabase();
        await using var demo = new ChatDeskFactory(demoDatabase);
        using var local = ClientFrom.Address(demo, IPAddress.Loopback);

        var response = await local.GetAsync("/setup");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        TokenPattern().Match(await client.GetStringAsync("/setup")).Groups[1].Value;

    private static FormUrlEncodedContent Form(string token, string userName, string password, string confirm) => new(new Dictionary<string, string>
    {
        ["_handler"] = "setup",
        ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token),
        ["Input.UserName"] = userName,
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirm,
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
