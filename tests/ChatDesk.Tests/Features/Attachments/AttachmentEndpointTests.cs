using System.Net;
using ChatDesk.Features.Api;
using ChatDesk.Features.Attachments;
using ChatDesk.Features.Email;
using ChatDesk.Tests.Features.Api;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Attachments;

/// <summary>GET /attachments/{id}: the chat's own token, staff who may read the chat, or a signed link; nobody else.</summary>
[Collection(AppHostCollection.Name)]
public sealed class AttachmentEndpointTests : IAsyncLifetime
{
    // A fixed public address, so the link's start is known.
    private readonly ApiWorld world = new(new Dictionary<string, string?> { ["Attachments:PublicUrl"] = "https://chat.example.com" });

    public async Task InitializeAsync() => await world.PresentAsync("agent1");

    public async Task DisposeAsync() => await world.DisposeAsync();

    private T Get<T>() where T : notnull => world.Factory.Services.GetRequiredService<T>();

    // An active chat of agent1's with one file the customer attached.
    private async Task<(StartChatResponse Chat, ChatAttachment File)> ChatWithFileAsync(string name, byte[] bytes)
    {
        var chat = await world.QueuedChatAsync();
        var agent = world.Client((await world.TokenForAsync("agent1")).Secret);
        (await agent.PostAsync($"/api/v1/staff/chats/{chat.ChatId}/accept", null)).EnsureSuccessStatusCode();
        Assert.Equal(AttachRefusal.None, await Get<AttachmentService>().AttachAsync(AttachmentTarget.Customer(chat.ChatId), name,
            bytes.Length, _ => new MemoryStream(bytes), Guid.NewGuid(), CancellationToken.None));
        return (chat, Assert.Single(await Get<AttachmentService>().OfSessionAsync(chat.ChatId, CancellationToken.None)));
    }

    [Fact]
    public async Task TheChatsOwnTokenDownloadsAPdfAsAnAttachmentThatIsNeverSniffed()
    {
        var (chat, file) = await ChatWithFileAsync("invoice.pdf", AttachmentBytes.Pdf);

        var response = await world.Client(chat.Token).GetAsync($"/attachments/{file.Id}/invoice.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(AttachmentBytes.Pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("invoice.pdf", response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task AnImageIsShownInline()
    {
        var (chat, file) = await ChatWithFileAsync("photo.png", AttachmentBytes.Png);
        var response = await world.Client(chat.Token).GetAsync($"/attachments/{file.Id}/photo.png");
        Assert.Equal("inline", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task AnotherChatsTokenAndNoTokenAreRefused()
    {
        var (_, file) = await ChatWithFileAsync("invoice.pdf", AttachmentBytes.Pdf);
        var other = await world.QueuedChatAsync("Someone else");

        Assert.Equal(HttpStatusCode.NotFound, (await world.Client(other.Token).GetAsync($"/attachments/{file.Id}/invoice.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await world.Client().GetAsync($"/attachments/{file.Id}/invoice.pdf")).StatusCode);
    }

    [Fact]
    public async Task StaffWhoMayReadTheChannelGetTheFileAndStaffWithoutItDoNot()
    {
        var (_, file) = await ChatWithFileAsync("invoice.pdf", AttachmentBytes.Pdf);
        var member = await StaffSignIn.ClientForAsync(world.Factory, "agent2");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync($"/attachments/{file.Id}/invoice.pdf")).StatusCode);

        var agent2 = await world.UserAsync("agent2");
        world.Database.Execute($"DELETE FROM \"ChannelMembers\" WHERE \"UserId\" = '{agent2.Id}'");
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/attachments/{file.Id}/invoice.pdf")).StatusCode);
    }

    [Fact]
    public async Task ASignedLinkOpensTheFileUntilItExpires()
    {
        var (_, file) = await ChatWithFileAsync("invoice.pdf", AttachmentBytes.Pdf);
        var links = Get<AttachmentLinks>();
        var anonymous = world.Client();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(links.ViewUrl(file))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/attachments/{file.Id}/x?sig=forged")).StatusCode);
        // A link for another file does not open this one.
        var otherId = new ChatAttachment { Id = file.Id + 1000, FileName = "x.pdf" };
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(links.ViewUrl(otherId).Replace($"/{otherId.Id}/", $"/{file.Id}/"))).StatusCode);

        // A mail link made eight days ago (Attachments:LinkDays is 7) has expired.
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(-8));
        var old = new AttachmentLinks(Get<IDataProtectionProvider>(), Get<IOptions<AttachmentOptions>>(), past).MailUrl(file);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri(old).PathAndQuery)).StatusCode);
        var fresh = new AttachmentLinks(Get<IDataProtectionProvider>(), Get<IOptions<AttachmentOptions>>(), TimeProvider.System).MailUrl(file);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(fresh).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task TheTranscriptMailLinksEachFileWithAWorkingLink()
    {
        // The test reads the queued mail's bodies, which the sender clears once the mail has left.
        await Get<OutboxSender>().StopAsync(CancellationToken.None);
        var (chat, file) = await ChatWithFileAsync("invoice.pdf", AttachmentBytes.Pdf);
        var outboxId = await Get<TranscriptMailer>().QueueTranscriptAsync(chat.ChatId, "ada@example.com", CancellationToken.None);

        await using var db = await Get<IDbContextFactory<ChatDesk.Data.ChatDeskDbContext>>().CreateDbContextAsync();
        var mail = await db.Outbox.SingleAsync(m => m.Id == outboxId);
        Assert.Matches(@"invoice\.pdf <(https://chat\.example\.com/[^>]+)>", mail.TextBody);
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody, @"invoice\.pdf <(http[^>]+)>").Groups[1].Value;
        Assert.StartsWith($"https://chat.example.com/attachments/{file.Id}/invoice.pdf?sig=", link);
        Assert.Contains($"<a href=\"{System.Net.WebUtility.HtmlEncode(link)}\">invoice.pdf</a>", mail.HtmlBody.Replace("&#x2B;", "+"));
        var response = await world.Client().GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(AttachmentBytes.Pdf, await response.Content.ReadAsByteArrayAsync());
    }
}
