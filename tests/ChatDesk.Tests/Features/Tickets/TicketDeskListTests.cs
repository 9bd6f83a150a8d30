using ChatDesk.Features.Channels;
using ChatDesk.Features.Tickets;
using static ChatDesk.Tests.Features.Tickets.TicketWorld;

namespace ChatDesk.Tests.Features.Tickets;

public sealed class TicketDeskListTests : IDisposable
{
    private readonly TicketWorld world = new();

    private async Task<IEnumerable<int>> NumbersAsync(TicketFilter filter) =>
        (await world.Desk.ListAsync(Anna, filter, CancellationToken.None)).Select(r => r.Number);

    [Fact]
    public async Task TheNewestTicketComesFirst()
    {
        var first = await world.AddAsync(world.English);
        var second = await world.AddAsync(world.Swedish);
        var third = await world.AddAsync(world.English);

        Assert.Equal([third.Number, second.Number, first.Number], await NumbersAsync(new()));
    }

    [Theory]
    [InlineData(TicketStatus.Open, "open")]
    [InlineData(TicketStatus.Pending, "pending")]
    [InlineData(TicketStatus.Closed, "closed")]
    public async Task TheStatusFilterShowsOnlyTicketsInThatStatus(TicketStatus status, string question)
    {
        foreach (var each in new[] { TicketStatus.Open, TicketStatus.Pending, TicketStatus.Closed })
            await world.AddAsync(world.English, question: each.ToString().ToLowerInvariant(), status: each);

        var rows = await world.Desk.ListAsync(Anna, new(Status: status), CancellationToken.None);

        Assert.Equal(question, Assert.Single(rows).Summary);
        Assert.Equal(3, (await NumbersAsync(new())).Count());
    }

    [Fact]
    public async Task TheChannelFilterShowsOnlyThatChannel()
    {
        var english = await world.AddAsync(world.English);
        await world.AddAsync(world.Swedish);

        Assert.Equal([english.Number], await NumbersAsync(new(ChannelId: world.English.Id)));
    }

    [Fact]
    public async Task ARowCarriesWhatTheListShows()
    {
        var ticket = await world.AddAsync(world.English, customer: "Märta Åkesson", question: "  The machine leaks.\nSince Monday.\n\nHelp!");

        var row = Assert.Single(await world.Desk.ListAsync(Anna, new(), CancellationToken.None));

        Assert.Equal(new TicketRow(ticket.Number, world.Time.GetUtcNow(), "Nordhem Support", "Märta Åkesson", "Chat",
            TicketPriority.Normal, TicketStatus.Open, "The machine leaks."), row);
    }

    [Fact]
    public async Task ALongFirstLineIsCutWithAnEllipsis()
    {
        await world.AddAsync(world.English, question: new string('a', 300));

        var row = Assert.Single(await world.Desk.ListAsync(Anna, new(), CancellationToken.None));

        Assert.Equal(new string('a', 120) + "…", row.Summary);
    }

    public void Dispose() => world.Dispose();
}
