using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.History;

namespace ChatDesk.Tests.Features.History;

/// <summary>Internal notes: staff of the chat's channel read and add them; the customer's reads never see them.</summary>
public sealed class ChatNotesTests : IDisposable
{
    private readonly HistoryWorld world = new();
    private readonly CancellationToken ct = CancellationToken.None;

    private ChatNotes Notes => world.Get<ChatNotes>();

    [Fact]
    public async Task AMemberAddsANoteThatColleaguesOfTheChannelAndAdminsRead()
    {
        var chat = await world.World.ActiveChatAsync("anna", "Kim");

        Assert.Equal(NoteOutcome.Added, await Notes.AddAsync(HistoryWorld.Agent("anna"), chat, "  VIP customer, be kind  ", ct));

        var seen = Assert.Single(await Notes.ListAsync(HistoryWorld.Supervisor("lars"), chat, ct));
        Assert.Equal(("Anna Svensson", "VIP customer, be kind"), (seen.AuthorName, seen.Text));
        Assert.Single(await Notes.ListAsync(HistoryWorld.Admin, chat, ct));
        Assert.Contains(world.World.Events.Published, e => e is NoteAdded n && n.SessionId == chat && !n.ChannelWide);
    }

    [Fact]
    public async Task StaffOfAnotherChannelNeitherReadNorAddNotes()
    {
        var chat = await world.World.ActiveChatAsync("anna", "Kim");
        await Notes.AddAsync(HistoryWorld.Agent("anna"), chat, "Refund promised", ct);

        Assert.Equal(NoteOutcome.NotAllowed, await Notes.AddAsync(HistoryWorld.Agent("eva"), chat, "Sneaky", ct));
        Assert.Empty(await Notes.ListAsync(HistoryWorld.Agent("eva"), chat, ct));
        Assert.Empty(await Notes.ListAsync(HistoryWorld.Supervisor("eva"), chat, ct));
        Assert.Equal(NoteOutcome.NotAllowed, await Notes.AddAsync(HistoryWorld.Agent("anna"), 99_999, "No chat", ct));
    }

    [Fact]
    public async Task AnEmptyOrTooLongNoteIsRefusedAndNothingIsStored()
    {
        var chat = await world.World.ActiveChatAsync("anna", "Kim");

        Assert.Equal(NoteOutcome.Empty, await Notes.AddAsync(HistoryWorld.Agent("anna"), chat, " \n ", ct));
        Assert.Equal(NoteOutcome.TooLong, await Notes.AddAsync(HistoryWorld.Agent("anna"), chat, new string('x', ChatNote.MaxLength + 1), ct));
        Assert.Equal(NoteOutcome.Added, await Notes.AddAsync(HistoryWorld.Agent("anna"), chat, new string('x', ChatNote.MaxLength), ct));
        Assert.Single(await Notes.ListAsync(HistoryWorld.Agent("anna"), chat, ct));
    }

    [Fact]
    public async Task ANoteIsNeverAMessageTheCustomerReads()
    {
        var chat = await world.World.ActiveChatAsync("anna", "Kim");
        await world.World.SayAsync(chat, "Hello");
        await Notes.AddAsync(HistoryWorld.Agent("anna"), chat, "Customer sounds upset", ct);

        var messages = await world.Get<ConversationService>().MessagesAfterAsync(chat, 0, ct);
        Assert.DoesNotContain(messages, m => m.Text.Contains("upset", StringComparison.Ordinal));
        Assert.DoesNotContain(world.World.Events.Published, e => e is MessageAdded m && m.Message?.Text.Contains("upset", StringComparison.Ordinal) == true);
        // The chat's own sequence (what the customer's views resume after) did not move for the note.
        Assert.Equal(messages.Max(m => m.Sequence), (await world.Get<ConversationService>().FindAsync(chat, ct))!.LastSequence);
    }

    [Fact]
    public async Task TheStaffRecordShowsTheNoteMarkedAsInternalInItsPlace()
    {
        var chat = await world.World.ActiveChatAsync("anna", "Kim");
        await world.World.SayAsync(chat, "My order is late");
        world.World.Time.Advance(TimeSpan.FromMinutes(1));
        await Notes.AddAsync(HistoryWorld.Agent("anna"), chat, "Second time this month", ct);
        world.World.Time.Advance(TimeSpan.FromMinutes(1));
        await world.Get<AgentDesk>().SendAsync("anna", chat, Guid.NewGuid(), "Sorry, checking", ct);

        var record = await world.Get<ChatRecords>().OpenAsync(HistoryWorld.Agent("bo"), chat, ct);

        var texts = record!.Lines.Select(l => (l.Kind, l.Text)).ToList();
        var note = texts.IndexOf((RecordLineKind.Note, "Second time this month"));
        Assert.True(note > texts.IndexOf((RecordLineKind.Customer, "My order is late")), string.Join(" | ", texts));
        Assert.True(note < texts.IndexOf((RecordLineKind.Agent, "Sorry, checking")), string.Join(" | ", texts));
    }

    public void Dispose() => world.Dispose();
}
