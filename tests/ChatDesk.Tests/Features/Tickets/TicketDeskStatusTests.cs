using ChatDesk.Features.Tickets;
using static ChatDesk.Tests.Features.Tickets.TicketWorld;

namespace ChatDesk.Tests.Features.Tickets;

public sealed class TicketDeskStatusTests : IDisposable
{
    private readonly TicketWorld world = new();
    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task ClosingRecordsWhoClosedItAndTheChange()
    {
        var ticket = await world.AddAsync(world.English);
        world.Time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(StatusOutcome.Changed, await world.Desk.CloseAsync(Anna, ticket.Number, None));

        Assert.Equal(TicketStatus.Closed, await world.StatusAsync(ticket));
        var change = Assert.Single(await world.EventsAsync(ticket), e => e.Kind == TicketEventKind.StatusChanged);
        Assert.Equal((Anna, "Anna Svensson", "Open → Closed", world.Time.GetUtcNow()), (change.ByUserId, change.ByName, change.Text, change.At));
    }

    [Fact]
    public async Task ReopeningAClosedTicketRecordsIt()
    {
        var ticket = await world.AddAsync(world.English, status: TicketStatus.Closed);

        Assert.Equal(StatusOutcome.Changed, await world.Desk.ReopenAsync(Erik, ticket.Number, None));

        Assert.Equal(TicketStatus.Open, await world.StatusAsync(ticket));
        var change = Assert.Single(await world.EventsAsync(ticket), e => e.Kind == TicketEventKind.StatusChanged);
        Assert.Equal(("Erik Sandberg", "Closed → Open"), (change.ByName, change.Text));
    }

    [Fact]
    public async Task APendingTicketCanBeClosed()
    {
        var ticket = await world.AddAsync(world.English, status: TicketStatus.Pending);

        Assert.Equal(StatusOutcome.Changed, await world.Desk.CloseAsync(Anna, ticket.Number, None));

        Assert.Equal("Pending → Closed", Assert.Single(await world.EventsAsync(ticket), e => e.Kind == TicketEventKind.StatusChanged).Text);
    }

    [Fact]
    public async Task ClosingAClosedTicketChangesNothingAndRecordsNothing()
    {
        var ticket = await world.AddAsync(world.English);
        await world.Desk.CloseAsync(Anna, ticket.Number, None);

        Assert.Equal(StatusOutcome.Unchanged, await world.Desk.CloseAsync(Anna, ticket.Number, None));
        Assert.Equal(StatusOutcome.Unchanged, await world.Desk.ReopenAsync(Anna, (await world.AddAsync(world.English)).Number, None));

        Assert.Single(await world.EventsAsync(ticket), e => e.Kind == TicketEventKind.StatusChanged);
    }

    [Fact]
    public async Task TheHistoryListsCreationRepliesAndStatusChangesInOrder()
    {
        var ticket = await world.AddAsync(world.English, customer: "Märta Åkesson");
        foreach (var step in new Func<Task>[]
        {
            () => world.Desk.ReplyAsync(Anna, ticket.Number, "Photo, please.", None),
            () => world.Desk.CloseAsync(Anna, ticket.Number, None),
            () => world.Desk.ReopenAsync(Erik, ticket.Number, None),
        })
        {
            world.Time.Advance(TimeSpan.FromMinutes(1));
            await step();
        }

        var details = (await world.Desk.GetAsync(Anna, ticket.Number, None))!;

        Assert.Equal(
            [
                (TicketEventKind.Created, "Märta Åkesson", "From the request form"),
                (TicketEventKind.Reply, "Anna Svensson", "Photo, please."),
                (TicketEventKind.StatusChanged, "Anna Svensson", "Open → Closed"),
                (TicketEventKind.StatusChanged, "Erik Sandberg", "Closed → Open"),
            ],
            details.History.Select(h => (h.Kind, h.ByName, h.Text)));
        Assert.True(details.History.Zip(details.History.Skip(1)).All(p => p.First.At < p.Second.At));
    }

    public void Dispose() => world.Dispose();
}
