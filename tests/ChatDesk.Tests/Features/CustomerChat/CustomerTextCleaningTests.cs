using ChatDesk.Features.Abuse;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Faq;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.CustomerChat;

/// <summary>Spoofed names and invisible messages (issue 10): what customers type is stored without bidi controls
/// or zero-width characters.</summary>
public sealed class CustomerTextCleaningTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly ConversationService conversations;
    private readonly CustomerChatFlow flow;
    private readonly ChatChannel channel;

    public CustomerTextCleaningTests()
    {
        conversations = new ConversationService(database, new RecordingChatEvents(), time);
        var presence = new AgentPresence(database, new RecordingChatEvents(), time, Options.Create(new AgentOptions()));
        flow = new CustomerChatFlow(conversations, new FaqSearchIndex(database), presence, new ChatSendThrottle(time));
        channel = database.AddChannel("support");
    }

    [Fact]
    public async Task ANameWithARightToLeftOverrideIsStoredWithoutIt()
    {
        var input = new PreChatInput { Name = "Anna\u202Etxt.exe", Company = "\u2066ACME\u2069", Question = "Hi\u200B" };

        var started = await flow.StartAsync(channel, input, "anna@example.com", null, "https://chat", default);

        await using var db = database.CreateDbContext();
        var stored = await db.Sessions.Include(s => s.Messages).SingleAsync(s => s.Id == started.Session.Id);
        Assert.Equal(("Annatxt.exe", "ACME"), (stored.Customer.Name, stored.Customer.Company));
        var first = Assert.Single(stored.Messages);
        Assert.Equal(("Annatxt.exe", "Hi"), (first.AuthorName, first.Text));
    }

    [Fact]
    public async Task TheServiceCleansTheDetailsItIsGivenWhoeverCallsIt()
    {
        var session = await conversations.StartAsync(channel.Id,
            new CustomerDetails { Name = "\u202EnimdA", Email = "a@example.com\u200B" }, "Hello", null, default);

        await using var db = database.CreateDbContext();
        var stored = await db.Sessions.SingleAsync(s => s.Id == session.Id);
        Assert.Equal(("nimdA", "a@example.com"), (stored.Customer.Name, stored.Customer.Email));
    }

    [Theory]
    [InlineData("\u200B\u200B\u200B")]
    [InlineData("\u2060\uFEFF \u200D")]
    [InlineData("\u202E\u2066\u2069")]
    public async Task AMessageOfOnlyInvisibleCharactersIsRefusedAsEmptyWithAMessage(string text)
    {
        var started = await flow.StartAsync(channel, new PreChatInput { Question = "Hello" }, "", null, "https://chat", default);
        Assert.True(await conversations.AcceptAsync(started.Session.Id, "anna-id", "Anna", "", default));
        var session = await conversations.FindAsync(started.Session.Id, default);

        var sent = await flow.SendAsync(session, text, Guid.NewGuid(), default);

        Assert.Equal(ComposerOutcome.Refused, sent.Outcome);
        Assert.Equal("Your message is empty. Write something before you send it.", CustomerText.For("en")[sent.ProblemKey!]);
        Assert.Equal("Ditt meddelande är tomt. Skriv något innan du skickar.", CustomerText.For("sv")[sent.ProblemKey!]);
        Assert.Single(await conversations.MessagesAfterAsync(session!.Id, 0, default));
    }

    [Fact]
    public async Task AMessageIsStoredWithoutItsOverridesAndInvisibleCharacters()
    {
        var started = await flow.StartAsync(channel, new PreChatInput { Question = "Hello" }, "", null, "https://chat", default);
        Assert.True(await conversations.AcceptAsync(started.Session.Id, "anna-id", "Anna", "", default));
        var session = await conversations.FindAsync(started.Session.Id, default);

        await flow.SendAsync(session, "Pay to \u202Emoc.evil\u202C now\u200B 👩\u200D💻", Guid.NewGuid(), default);

        var messages = await conversations.MessagesAfterAsync(session!.Id, 1, default);
        Assert.Equal("Pay to moc.evil now 👩\u200D💻", Assert.Single(messages).Text);
    }

    public void Dispose() => database.Dispose();
}
