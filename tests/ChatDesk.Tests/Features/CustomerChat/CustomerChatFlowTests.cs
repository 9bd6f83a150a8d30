using ChatDesk.Features.Abuse;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.CustomerChat;

public sealed class CustomerChatFlowTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationService conversations;
    private readonly AgentPresence presence;
    private readonly CustomerChatFlow flow;
    private readonly ChatChannel channel;

    public CustomerChatFlowTests()
    {
        conversations = new ConversationService(database, new RecordingChatEvents(), time);
        presence = new AgentPresence(database, new RecordingChatEvents(), time, Options.Create(new AgentOptions()));
        flow = new CustomerChatFlow(conversations, new FaqSearchIndex(database), presence, new ChatSendThrottle(time));
        channel = database.AddChannel("support-sv", c => c.Language = "sv");
    }

    private async Task<ChatSession> ActiveChatAsync()
    {
        var started = await flow.StartAsync(channel, new PreChatInput { Question = "Hej" }, "", null, "https://chat", default);
        Assert.True(await conversations.AcceptAsync(started.Session.Id, "anna-id", "Anna", "", default));
        return (await conversations.FindAsync(started.Session.Id, default))!;
    }

    [Fact]
    public async Task ACustomerWithoutANameIsCalledVisitorInTheChannelsLanguage()
    {
        var started = await flow.StartAsync(channel, new PreChatInput { Question = "Hej" }, "", null, "https://chat", default);

        Assert.Equal("Besökare", started.Session.Customer.Name);
        Assert.Equal(SessionStatus.Queued, started.Session.Status);
        Assert.Empty(started.Suggestions);
    }

    [Fact]
    public async Task TheSixthNewMessageWithinFiveSecondsIsRefusedAsTooFast()
    {
        var chat = await ActiveChatAsync();
        for (var i = 0; i < 5; i++)
            Assert.Equal(ComposerOutcome.Accepted, (await flow.SendAsync(chat, $"m{i}", Guid.NewGuid(), default)).Outcome);

        var sixth = await flow.SendAsync(chat, "one more", Guid.NewGuid(), default);

        Assert.Equal(new CustomerSend(ComposerOutcome.Refused, "TooFast"), sixth);
    }

    [Fact]
    public async Task AResendOfAStoredMessageIsAcceptedEvenWhenTheThrottleIsFull()
    {
        var chat = await ActiveChatAsync();
        var first = Guid.NewGuid();
        await flow.SendAsync(chat, "m0", first, default);
        for (var i = 1; i < 5; i++) await flow.SendAsync(chat, $"m{i}", Guid.NewGuid(), default);

        var resend = await flow.SendAsync(chat, "m0", first, default);

        Assert.Equal(ComposerOutcome.Accepted, resend.Outcome);
        Assert.Single(await conversations.MessagesAfterAsync(chat.Id, 0, default), m => m.Text == "m0");
    }

    [Fact]
    public async Task AMessageToAnEndedChatComesBackAsEnded()
    {
        var chat = await ActiveChatAsync();
        await conversations.EndAsync(chat.Id, EndReason.Agent, default);

        var sent = await flow.SendAsync(chat, "Are you there?", Guid.NewGuid(), default);

        Assert.Equal(ComposerOutcome.Ended, sent.Outcome);
    }

    [Fact]
    public async Task AReturningCustomerGoesBackToTheirAgentWhileTheyAreOnlineElseToTheQueue()
    {
        var chat = await ActiveChatAsync();
        await conversations.EndAsync(chat.Id, EndReason.Customer, default);
        await using (var db = database.CreateDbContext())
        {
            db.Users.Add(new StaffUser { Id = "anna-id", UserName = "anna", DisplayName = "Anna" });
            await db.SaveChangesAsync();
        }
        await using (await presence.ConnectAsync("anna-id", Presence.Away, default))
        {
            Assert.Equal(ReturnOutcome.Returned, await flow.ReturnAsync(chat, default));
        }
        Assert.Equal(SessionStatus.Active, (await conversations.FindAsync(chat.Id, default))!.Status);

        await conversations.EndAsync(chat.Id, EndReason.Customer, default);
        time.Advance(TimeSpan.FromMinutes(3)); // past the presence grace, within Chat:ReturnMinutes
        await presence.RefreshAsync(default);
        Assert.Equal(ReturnOutcome.Returned, await flow.ReturnAsync(chat, default));
        Assert.Equal(SessionStatus.Queued, (await conversations.FindAsync(chat.Id, default))!.Status);
    }

    public void Dispose() => database.Dispose();
}
