using ChatDesk.Features.Abuse;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Faq;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>Issue 12: a send costs at most two database round trips on the sender's side (the duplicate check and
/// the sequence number in one statement, the message in a second, one transaction), counted by an EF interceptor.</summary>
public sealed class SendRoundTripTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentWorld world = new();

    private CustomerChatFlow Flow() => new(world.Get<ConversationService>(), new FaqSearchIndex(world.Database),
        world.Get<AgentPresence>(), new ChatSendThrottle(world.Time), world.Time);

    private async Task<ChatSession> ActiveChatAsync() =>
        (await world.Get<ConversationService>().FindAsync(await world.ActiveChatAsync("anna", "Kim"), None))!;

    [Fact]
    public async Task ACustomerMessageCostsTwoRoundTripsAndItsEventCarriesIt()
    {
        var chat = await ActiveChatAsync();
        var flow = Flow();
        var id = Guid.NewGuid();

        using (var window = world.Database.Commands.Begin())
        {
            Assert.Equal(ComposerOutcome.Accepted, (await flow.SendAsync(chat, "Is it shipped?", id, None)).Outcome);
            // Exactly: on SQLite the two statements run below EF and are counted through IStatementListener, so a
            // path that ran unseen would show as fewer.
            Assert.Equal(2, window.Count);
        }

        var added = Assert.IsType<MessageAdded>(world.Events.Published.Last());
        Assert.Equal("Is it shipped?", added.Message?.Text);
        Assert.Equal(added.Sequence, added.Message?.Sequence);
        Assert.Equal("anna", added.AgentId);
        var stored = await world.Get<ConversationService>().MessagesAfterAsync(chat.Id, 0, None);
        Assert.Single(stored, m => m.ClientMessageId == id && m.Sequence == added.Sequence && m.Text == "Is it shipped?");
    }

    [Fact]
    public async Task AResendIsAcceptedOnceStoredAndDoesNotCountAgainstTheThrottle()
    {
        var chat = await ActiveChatAsync();
        var flow = Flow();
        var id = Guid.NewGuid();
        await flow.SendAsync(chat, "Hello?", id, None);

        for (var i = 0; i < 6; i++) Assert.Equal(ComposerOutcome.Accepted, (await flow.SendAsync(chat, "Hello?", id, None)).Outcome);
        for (var i = 0; i < 4; i++) Assert.Equal(ComposerOutcome.Accepted, (await flow.SendAsync(chat, $"n{i}", Guid.NewGuid(), None)).Outcome);

        var messages = await world.Get<ConversationService>().MessagesAfterAsync(chat.Id, 0, None);
        Assert.Single(messages, m => m.ClientMessageId == id);
        Assert.Equal(Enumerable.Range(1, messages.Count), messages.Select(m => m.Sequence));
    }

    [Fact]
    public async Task AnAgentReplyCostsTwoRoundTripsUnderTheNameTheCustomerKnows()
    {
        var chat = await ActiveChatAsync();

        using (var window = world.Database.Commands.Begin())
        {
            Assert.Equal(SendResult.Sent, await world.Get<AgentDesk>().SendAsync("anna", chat.Id, Guid.NewGuid(), "On its way", None));
            Assert.Equal(2, window.Count);
        }

        var added = Assert.IsType<MessageAdded>(world.Events.Published.Last());
        Assert.Equal("Anna", added.Message?.AuthorName);
    }

    [Fact]
    public async Task SomeoneElsesChatOrAnEndedOneStoresNothing()
    {
        var chat = await ActiveChatAsync();
        var desk = world.Get<AgentDesk>();

        Assert.Equal(SendResult.NotFound, await desk.SendAsync("bo", chat.Id, Guid.NewGuid(), "Mine now", None));
        await world.Get<ConversationService>().EndAsync(chat.Id, EndReason.Customer, None);
        Assert.Equal(SendResult.NotActive, await desk.SendAsync("anna", chat.Id, Guid.NewGuid(), "Too late", None));
        Assert.Equal(SendResult.NotFound, await desk.SendAsync("anna", 999, Guid.NewGuid(), "Nowhere", None));

        var messages = await world.Get<ConversationService>().MessagesAfterAsync(chat.Id, 0, None);
        Assert.DoesNotContain(messages, m => m.Text is "Mine now" or "Too late");
    }

    [Fact]
    public async Task TheHandWrittenInsertWritesEveryColumnTheModelMapsForAMessage()
    {
        var chat = await ActiveChatAsync();
        IReadOnlyList<string> sent;
        using (var window = world.Database.Commands.Begin())
        {
            await Flow().SendAsync(chat, "Columns?", Guid.NewGuid(), None);
            sent = window.Commands;
        }

        // ConversationService.InsertAsync lists the columns by hand instead of SaveChanges: a column added to the
        // model later must be added there too, or its messages would be stored with the column's default.
        var insert = Assert.Single(sent, c => c.Contains("INSERT INTO \"Messages\"", StringComparison.Ordinal));
        var list = insert[(insert.IndexOf('(') + 1)..insert.IndexOf(')')];
        var written = list.Split(',').Select(c => c.Trim().Trim('"')).Order().ToList();
        using var db = world.Database.CreateDbContext();
        var table = db.Model.FindEntityType(typeof(ChatMessage))!;
        var mapped = table.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => p.GetColumnName()).Order().ToList();
        Assert.Equal(mapped, written);
    }

    public void Dispose() => world.Dispose();
}
