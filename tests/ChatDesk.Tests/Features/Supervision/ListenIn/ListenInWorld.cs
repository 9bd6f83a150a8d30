using ChatDesk.Features.Admin;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision.ListenIn;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Supervision.ListenIn;

/// <summary>Two channels and their staff for the listen-in tests. On "support": Anna and Oskar answer chats, Erik
/// listens in and manages (without answering, like the demo supervisor), Lisa only listens in, Nils is a member with
/// neither right. Olle manages only "other"; Maja is an admin and a member of no channel.</summary>
public sealed class ListenInWorld : IDisposable
{
    public const string Anna = "anna-id", Oskar = "oskar-id", Erik = "erik-id", Lisa = "lisa-id", Nils = "nils-id",
        Olle = "olle-id", Maja = "maja-id";

    public ListenInWorld()
    {
        using (var db = Database.CreateDbContext())
        {
            foreach (var (id, name) in new[] { (Anna, "Anna Svensson"), (Oskar, "Oskar Berg"), (Erik, "Erik Sandberg"),
                         (Lisa, "Lisa Ek"), (Nils, "Nils Holm"), (Olle, "Olle Lund"), (Maja, "Maja Lindberg") })
                db.Users.Add(new StaffUser { Id = id, UserName = id, DisplayName = name });
            db.SaveChanges();
        }
        Support = Database.AddChannel("support", c => c.Members =
        [
            new() { UserId = Anna }, new() { UserId = Oskar },
            new() { UserId = Erik, CanRespond = false, CanListenIn = true, IsManager = true },
            new() { UserId = Lisa, CanRespond = false, CanListenIn = true },
            new() { UserId = Nils, CanRespond = false },
        ]);
        Other = Database.AddChannel("other", c => c.Members = [new() { UserId = Olle, CanRespond = false, CanListenIn = true, IsManager = true }]);
        Presence = new AgentPresence(Database, Events, Time, Options.Create(new AgentOptions()));
        Conversations = new ConversationService(Database, Events, Time);
        Transfers = new TransferBoard(Database, Events, Time);
        Desk = new ListenInDesk(Database, Conversations, new QueueService(Database), Presence, Transfers, new AuditLog(Database, Time));
    }

    public TestDatabase Database { get; } = new();
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    public RecordingChatEvents Events { get; } = new();
    public ConversationService Conversations { get; }
    public AgentPresence Presence { get; }
    public TransferBoard Transfers { get; }
    public ListenInDesk Desk { get; }
    public ChatChannel Support { get; }
    public ChatChannel Other { get; }

    public static StaffActor Actor(string userId, string role = StaffRoles.Supervisor) => new(userId, userId, new HashSet<string> { role });

    /// <summary>A chat on <paramref name="channel"/> (support by default), answered by Anna unless told otherwise.</summary>
    public async Task<long> ChatAsync(string customer = "Kim", string question = "Secret question", bool answered = true,
        ChatChannel? channel = null)
    {
        var session = await Conversations.StartAsync((channel ?? Support).Id, new CustomerDetails { Name = customer, Email = "kim@example.com" },
            question, null, CancellationToken.None);
        if (answered) Assert.True(await Conversations.AcceptAsync(session.Id, Anna, "Anna", "", CancellationToken.None));
        return session.Id;
    }

    public async Task<ChatSession> SessionAsync(long id) => (await Conversations.FindAsync(id, CancellationToken.None))!;

    public async Task<List<string>> TextsAsync(long id) =>
        (await Conversations.MessagesAfterAsync(id, 0, CancellationToken.None)).Select(m => m.Text).ToList();

    public async Task<List<AuditEntry>> AuditAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    public void Dispose() => Database.Dispose();
}
