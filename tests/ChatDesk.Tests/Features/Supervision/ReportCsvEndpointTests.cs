using System.Net;
using ChatDesk.Data;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Supervision;

/// <summary>The CSV download over HTTP, signed in through the real sign-in form as the demo staff.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ReportCsvEndpointTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();
    private readonly ChatDeskFactory factory;

    public ReportCsvEndpointTests() => factory = new ChatDeskFactory(database);

    [Fact]
    public async Task ASupervisorDownloadsTheChannelTableAsExactCsv()
    {
        var channel = await SeedAsync();
        var client = await SignedInAsync("supervisor");

        var response = await client.GetAsync($"/supervisor/reports/channels.csv?from=2026-11-02&to=2026-11-02&channel={channel}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("chatdesk-channels-2026-11-02-to-2026-11-02.csv", response.Content.Headers.ContentDisposition?.FileNameStar
            ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // UTF-8 byte order mark, for spreadsheet programs
        // The channel's name starts with "-" (guarded with an apostrophe) and holds a comma and quotes (quoted, doubled).
        // Waits (40 + 80) / 2 = 60 s; ratings (5 + 2) / 2 = 3.5; both chats answered, nothing else.
        Assert.Equal(
            "Channel,Requested,Answered,Abandoned in queue,Resolved by FAQ,Tickets created,Average wait (s),Average rating\r\n" +
            "\"'-Sales, \"\"North\"\"\",2,2,0,0,0,60,3.5\r\n",
            System.Text.Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task TheDaysFollowTheTimeZoneInTheLink()
    {
        var channel = await SeedAsync();
        var client = await SignedInAsync("admin");

        // In Tokyo (UTC+9) 2 Nov ends at 15:00 UTC: both chats (10:00 and 11:00 UTC) are on it; 1 Nov has none.
        var second = await client.GetStringAsync($"/supervisor/reports/summary.csv?from=2026-11-02&to=2026-11-02&channel={channel}&tz=Asia/Tokyo");
        var first = await client.GetStringAsync($"/supervisor/reports/summary.csv?from=2026-11-01&to=2026-11-01&channel={channel}&tz=Asia/Tokyo");

        Assert.EndsWith("\r\n2,2,0,0,0,60,80,150,3.5\r\n", second); // p90 rank ⌈0.9 × 2⌉ = 2 → 80 s; durations (200 + 100) / 2 = 150 s
        Assert.EndsWith("\r\n0,0,0,0,0,,,,\r\n", first);
    }

    [Theory]
    [InlineData("from=2026-11-02")]
    [InlineData("from=2026-11-03&to=2026-11-02")]
    [InlineData("from=2026-11-02&to=2026-11-02&tz=Mars/Olympus")]
    [InlineData("from=2025-01-01&to=2026-11-02")]
    public async Task AnUnusableLinkIsABadRequestInPlainWords(string query)
    {
        var client = await SignedInAsync("supervisor");

        var response = await client.GetAsync("/supervisor/reports/hours.csv?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAgentGetsNoCsv()
    {
        var client = await SignedInAsync("agent1");

        var response = await client.GetAsync("/supervisor/reports/agents.csv?from=2026-11-02&to=2026-11-02");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("supervisor", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("agent1", HttpStatusCode.Redirect)]
    public async Task TheReportsPageIsForSupervisorsAndAdmins(string userName, HttpStatusCode status)
    {
        var client = await SignedInAsync(userName);

        var response = await client.GetAsync("/supervisor/reports");

        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.Redirect)
            Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery);
        else
            Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnAnonymousVisitorIsSentToSignIn()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var path in new[] { "/supervisor/reports/agents.csv?from=2026-11-02&to=2026-11-02", "/supervisor/reports" })
        {
            var response = await client.GetAsync(path);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
        }
    }

    /// <summary>A channel of its own with two answered chats on 2 Nov 2026 (UTC); returns its id.</summary>
    /// <summary>A channel the demo supervisor is a member of (supervisors see their own channels), with two chats.</summary>
    private async Task<int> SeedAsync()
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<ChatDeskDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var supervisor = await db.Users.SingleAsync(u => u.UserName == "supervisor");
        var channel = new ChatChannel { Name = "-Sales, \"North\"", Slug = "sales-north", Hours = new OpeningHours { AlwaysOpen = true } };
        channel.Members.Add(new ChannelMember { UserId = supervisor.Id, CanRespond = false, CanListenIn = true });
        db.Channels.Add(channel);
        await db.SaveChangesAsync();
        db.Sessions.AddRange(Answered(channel.Id, 10, wait: 40, duration: 200, rating: 5), Answered(channel.Id, 11, wait: 80, duration: 100, rating: 2));
        await db.SaveChangesAsync();
        return channel.Id;
    }

    private static ChatSession Answered(int channelId, int hour, int wait, int duration, int rating)
    {
        var requested = new DateTimeOffset(2026, 11, 2, hour, 0, 0, TimeSpan.Zero);
        return new ChatSession(SessionStatus.Ended)
        {
            TokenHash = Guid.NewGuid().ToString("N"), ChannelId = channelId, Customer = new CustomerDetails { Name = "Customer", Email = "customer@example.com" },
            CreatedAt = requested, RequestedAt = requested, AcceptedAt = requested.AddSeconds(wait),
            EndedAt = requested.AddSeconds(wait + duration), Rating = rating, AgentId = "someone", AgentDisplayName = "Someone",
        };
    }

    private Task<HttpClient> SignedInAsync(string userName) => StaffSignIn.ClientForAsync(factory, userName);

    public void Dispose()
    {
        factory.Dispose();
        database.Dispose();
    }
}
