using ChatDesk.Features.Conversations;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Features.Email;
using static ChatDesk.Tests.Features.Tickets.TicketWorld;

namespace ChatDesk.Tests.Features.Tickets;

/// <summary>Every ticket's history starts with how it was made, written in the same transaction as the ticket.</summary>
public sealed class TicketCreationHistoryTests : IDisposable
{
    private readonly TicketWorld world = new();

    [Fact]
    public async Task AnOfflineTicketStartsWithACreatedLineByTheCustomer()
    {
        var ticket = await world.AddAsync(world.English, customer: "Märta Åkesson");

        var created = Assert.Single(await world.EventsAsync(ticket));
        Assert.Equal((TicketEventKind.Created, null, "Märta Åkesson", "From the request form", ticket.CreatedAt),
            (created.Kind, created.ByUserId, created.ByName, created.Text, created.At));
    }

    [Fact]
    public async Task ATicketFromAChatIsCreatedByTheChatsAgent()
    {
        var session = new ChatSession(SessionStatus.Active)
        {
            TokenHash = Guid.NewGuid().ToString("N"), ChannelId = world.English.Id,
            Customer = new CustomerDetails { Name = "Kim", Email = "kim@example.com" }, AgentId = Anna, AgentDisplayName = "Anna",
            LastSequence = 1, Messages = [TestMessages.Customer(1, "2026-03-02T09:00:00Z", "Kim", "Hello")],
        };
        await using (var db = world.Database.CreateDbContext())
        {
            db.Sessions.Add(session);
            await db.SaveChangesAsync();
        }

        var ticket = await world.Tickets.CreateFromChatAsync(session.Id, null, CancellationToken.None);
        await world.Tickets.CreateFromChatAsync(session.Id, "twice", CancellationToken.None);

        var created = Assert.Single(await world.EventsAsync(ticket));
        Assert.Equal((TicketEventKind.Created, Anna, "Anna Svensson", "From a chat"), (created.Kind, created.ByUserId, created.ByName, created.Text));
        Assert.True((await world.Desk.GetAsync(Anna, ticket.Number, CancellationToken.None))!.FromChat);
    }

    public void Dispose() => world.Dispose();
}
