using System.Diagnostics;
using System.Net;
using ChatDesk.EndToEnd.Harness;
using ChatDesk.Features.Email;
using ChatDesk.Features.EmailValidation;
using DnsClient;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ChatDesk.EndToEnd;

/// <summary>Proves the real servers the browser tests rely on work, through the app's own mail and DNS classes.</summary>
[Collection(AppCollection.Name)]
public sealed class HarnessTests(ChatDeskFixture fixture)
{
    private const string SwedishSubject = "Ärende #1042: Välkommen åter, Åsa Öberg";

    [Fact]
    public async Task MailSentThroughTheAppsSenderArrivesAtTheSmtpServerIntact()
    {
        var sender = new SmtpEmailSender(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1", Port = fixture.Smtp.Port, Security = SmtpSecurity.None,
            From = "Nordhem Kundtjänst <kundtjanst@mx.chatdesk.test>",
        }), TimeProvider.System);
        var marker = Guid.NewGuid().ToString("N");

        await sender.SendAsync(new EmailMessage("asa@mx.chatdesk.test", SwedishSubject + " " + marker,
            "Hej Åsa! Vi återkommer inom två dagar. Smörgåsbord: ÅÄÖ åäö.",
            "<p>Hej <b>Åsa</b>! Vi återkommer inom två dagar.</p>"), CancellationToken.None);

        var mail = await fixture.Smtp.WaitForMessageAsync(m => m.Subject?.EndsWith(marker) == true);
        Assert.Equal(SwedishSubject + " " + marker, mail.Subject);
        Assert.Equal("Hej Åsa! Vi återkommer inom två dagar. Smörgåsbord: ÅÄÖ åäö.", mail.TextBody?.Trim());
        Assert.Equal("<p>Hej <b>Åsa</b>! Vi återkommer inom två dagar.</p>", mail.HtmlBody?.Trim());
        Assert.Equal("Nordhem Kundtjänst", ((MailboxAddress)mail.From[0]).Name);
        Assert.IsType<MultipartAlternative>(mail.Body);
    }

    [Fact]
    public void TheAppLogsItsUrlsAndTheDemoAccountsAtStartup()
    {
        var log = fixture.App.ReadLog();

        Assert.Contains($"Customer chat page: {fixture.App.BaseUrl}/chat/support", log);
        Assert.Contains($"Staff login: {fixture.App.BaseUrl}/account/login", log);
        Assert.Contains("Demo accounts: admin, supervisor, agent1, agent2", log);
    }

    [Fact]
    public async Task WithNoHostMailLandsAsAnEmlFileInThePickupFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatdesk-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sender = new PickupDirectoryEmailSender(Options.Create(new SmtpOptions { PickupDirectory = folder }), TimeProvider.System);

            await sender.SendAsync(new EmailMessage("kund@mx.chatdesk.test", SwedishSubject, "Hej Åsa!", "<p>Hej Åsa!</p>"), CancellationToken.None);

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file);
            var mail = await MimeMessage.LoadAsync(file);
            Assert.Equal(SwedishSubject, mail.Subject);
            Assert.Equal("Hej Åsa!", mail.TextBody?.Trim());
            Assert.Equal("<p>Hej Åsa!</p>", mail.HtmlBody?.Trim());
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DnsClientPointedAtDnsmasqGetsEachKindOfAnswer()
    {
        var client = new LookupClient(new LookupClientOptions(new IPEndPoint(IPAddress.Loopback, fixture.Dns.Port)) { UseCache = false });

        var mx = await client.QueryAsync(DnsTestServer.MxDomain, QueryType.MX);
        Assert.Equal($"mail.{DnsTestServer.MxDomain}.", Assert.Single(mx.Answers.MxRecords()).Exchange.Value);

        var aOnly = await client.QueryAsync(DnsTestServer.AOnlyDomain, QueryType.MX);
        Assert.False(aOnly.HasError);
        Assert.Empty(aOnly.Answers.MxRecords());
        Assert.Single((await client.QueryAsync(DnsTestServer.AOnlyDomain, QueryType.A)).Answers.ARecords());

        var nullMx = Assert.Single((await client.QueryAsync(DnsTestServer.NullMxDomain, QueryType.MX)).Answers.MxRecords());
        Assert.Equal(0, nullMx.Preference);
        Assert.Equal(".", nullMx.Exchange.Value);

        var missing = await client.QueryAsync(DnsTestServer.MissingDomain, QueryType.MX);
        Assert.Equal(DnsHeaderResponseCode.NotExistentDomain, missing.Header.ResponseCode);
    }

    [Theory]
    [InlineData(DnsTestServer.MxDomain, DomainCheck.AcceptsMail)]
    [InlineData(DnsTestServer.AOnlyDomain, DomainCheck.AcceptsMail)]
    [InlineData(DnsTestServer.NullMxDomain, DomainCheck.NullMx)]
    [InlineData(DnsTestServer.MissingDomain, DomainCheck.DoesNotExist)]
    public async Task TheAppsDomainCheckerClassifiesTheTestZones(string domain, DomainCheck expected)
    {
        var checker = Checker($"127.0.0.1:{fixture.Dns.Port}", timeoutMs: 1500);

        Assert.Equal(expected, await checker.CheckAsync(domain, CancellationToken.None));
    }

    [Fact]
    public async Task AnUnreachableDnsServerGivesUnknownWithinTheTimeLimit()
    {
        // A loopback port nobody listens on: the query is lost or refused, never answered.
        var checker = Checker($"127.0.0.1:{FreePort.UdpAndTcp()}", timeoutMs: 800);
        var clock = Stopwatch.StartNew();

        var result = await checker.CheckAsync(DnsTestServer.MxDomain, CancellationToken.None);

        Assert.Equal(DomainCheck.Unknown, result);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    private static DnsEmailDomainChecker Checker(string nameServers, int timeoutMs) => new(
        Options.Create(new EmailValidationOptions { NameServers = nameServers, TimeoutMs = timeoutMs }),
        new MemoryCache(new MemoryCacheOptions()), NullLogger<DnsEmailDomainChecker>.Instance);
}
