using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Agents;

/// <summary>An agent outside a channel can do nothing with its chats, whatever route the call takes.</summary>
public sealed class AgentDeskScopeTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly AgentPresence presence;
    private readonly ConversationService conversations;
    private readonly AgentDesk desk;
    private readonly long chat;

    public AgentDeskScopeTests()
    {
        presence = new AgentPresence(database, new RecordingChatEvents(), time, Options.Create(new AgentOptions()));
        conversations = new ConversationService(database, new RecordingChatEvents(), time);
        var outbox = new MailOutbox(database, new OutboxSignal(), time);
        var renderer = new TemplateRenderer();
        desk = new AgentDesk(database, conversations, new QueueService(database), new TicketService(database, renderer, outbox, time),
            new TranscriptMailer(database, renderer, outbox), presence, new TransferBoard(database, new RecordingChatEvents(), time));
        using (var db = database.CreateDbContext())
        {
            foreach (var id in new[] { "member", "outsider", "colleague" })
                db.Users.Add(new StaffUser { Id = id, UserName = id, DisplayName = id + " Agent" });
            db.SaveChanges();
        }
        var channel = database.AddChannel(configure: c => c.Members = [new() { UserId = "member" }, new() { UserId = "colleague" }]);
        database.AddChannel("other", c => c.Members = [new() { UserId = "outsider" }]);
        chat = conversations.StartAsync(channel.Id, new CustomerDetails { Name = "Kim", Email = "kim@example.com" }, "Secret question",
            null, CancellationToken.None).GetAwaiter().GetResult().Id;
        presence.ConnectAsync("outsider", Presence.Present, CancellationToken.None).GetAwaiter().GetResult();
        presence.ConnectAsync("colleague", Presence.Present, CancellationToken.None).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task AnOutsiderCannotPickUpTheChatNorGetItAsNext()
    {
        Assert.Equal(AcceptOutcome.NotAllowed, await desk.AcceptAsync("outsider", chat, CancellationToken.None));
        Assert.Equal(AcceptOutcome.QueueEmpty, (await desk.AcceptNextAsync("outsider", CancellationToken.None)).Outcome);
        Assert.Equal(SessionStatus.Queued, (await conversations.FindAsync(chat, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task NoAgentButTheOwnerCanReadAnswerEndOrTicketTheChat()
    {
        Assert.Equal(AcceptOutcome.Accepted, await desk.AcceptAsync("member", chat, CancellationToken.None));

        foreach (var stranger in new[] { "outsider", "colleague" })
        {
            Assert.Null(await desk.OwnChatAsync(stranger, chat, CancellationToken.None));
            Assert.Null(await desk.HandedOverChatAsync(stranger, chat, CancellationToken.None));
            Assert.Equal(SendResult.NotFound, await desk.SendAsync(stranger, chat, Guid.NewGuid(), "Hijack", CancellationToken.None));
            Assert.False(await desk.EndAsync(stranger, chat, CancellationToken.None));
            Assert.Null(await desk.CreateTicketAsync(stranger, chat, null, CancellationToken.None));
            Assert.Null(await desk.SendTranscriptAsync(stranger, chat, CancellationToken.None));
            Assert.Same(CustomerHistory.None, await desk.HistoryAsync(stranger, chat, CancellationToken.None));
            Assert.False(await desk.OfferTransferAsync(stranger, chat, "member", CancellationToken.None));
        }
        var texts = (await conversations.MessagesAfterAsync(chat, 0, CancellationToken.None)).Select(m => m.Text);
        Assert.DoesNotContain("Hijack", texts);
    }

    [Fact]
    public async Task AChatCanOnlyBeTransferredToAPresentMemberWhoCanRespond()
    {
        await desk.AcceptAsync("member", chat, CancellationToken.None);

        Assert.False(await desk.OfferTransferAsync("member", chat, "outsider", CancellationToken.None));
        Assert.Equal(["colleague"], (await desk.TransferTargetsAsync("member", chat, CancellationToken.None)).Select(t => t.Id));
        Assert.True(await desk.OfferTransferAsync("member", chat, "colleague", CancellationToken.None));
        Assert.False(await desk.AcceptTransferAsync("outsider", chat, CancellationToken.None));
        Assert.True(await desk.AcceptTransferAsync("colleague", chat, CancellationToken.None));
        Assert.Equal("colleague", (await conversations.FindAsync(chat, CancellationToken.None))!.AgentId);
        Assert.NotNull(await desk.HandedOverChatAsync("member", chat, CancellationToken.None));
    }

    public void Dispose() => database.Dispose();
}
