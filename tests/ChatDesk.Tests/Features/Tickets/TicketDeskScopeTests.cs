using ChatDesk.Features.Tickets;
using static ChatDesk.Tests.Features.Tickets.TicketWorld;

namespace ChatDesk.Tests.Features.Tickets;

/// <summary>Membership of the ticket's channel is the only key: a non-member cannot tell a ticket exists.</summary>
public sealed class TicketDeskScopeTests : IDisposable
{
    private readonly TicketWorld world = new();
    private TicketDesk Desk => world.Desk;
    private static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task AUserListsOnlyTicketsOfChannelsTheyAreAMemberOf()
    {
        var english = await world.AddAsync(world.English);
        var swedish = await world.AddAsync(world.Swedish);
        var other = await world.AddAsync(world.Other);

        Assert.Equal([swedish.Number, english.Number], (await Desk.ListAsync(Anna, new(), None)).Select(r => r.Number));
        Assert.Equal([other.Number], (await Desk.ListAsync(Oskar, new(), None)).Select(r => r.Number));
        Assert.Empty(await Desk.ListAsync(Nils, new(), None));
    }

    [Fact]
    public async Task FilteringOnAnotherTeamsChannelShowsNothing()
    {
        await world.AddAsync(world.Other);

        Assert.Empty(await Desk.ListAsync(Anna, new(ChannelId: world.Other.Id), None));
    }

    [Fact]
    public async Task AMemberWithoutRespondPermissionStillSeesTheChannelsTickets()
    {
        var ticket = await world.AddAsync(world.English);

        Assert.Equal([ticket.Number], (await Desk.ListAsync(Erik, new(), None)).Select(r => r.Number));
        Assert.NotNull(await Desk.GetAsync(Erik, ticket.Number, None));
    }

    [Fact]
    public async Task TheChannelChoicesAreTheUsersOwnChannels()
    {
        Assert.Equal(["Nordhem Kundtjänst", "Nordhem Support"], (await Desk.ChannelsAsync(Anna, None)).Select(c => c.Name));
        Assert.Equal(["Other Brand"], (await Desk.ChannelsAsync(Oskar, None)).Select(c => c.Name));
        Assert.Empty(await Desk.ChannelsAsync(Nils, None));
    }

    [Fact]
    public async Task ANonMemberCannotReadATicketAndItLooksLikeOneThatDoesNotExist()
    {
        var ticket = await world.AddAsync(world.English);

        Assert.NotNull(await Desk.GetAsync(Anna, ticket.Number, None));
        Assert.Null(await Desk.GetAsync(Oskar, ticket.Number, None));
        Assert.Null(await Desk.GetAsync(Nils, ticket.Number, None));
        Assert.Null(await Desk.GetAsync(Anna, 4242, None));
    }

    [Fact]
    public async Task ANonMemberCannotReplyAndNoMailIsQueued()
    {
        var ticket = await world.AddAsync(world.English);

        Assert.Equal(ReplyOutcome.NotFound, await Desk.ReplyAsync(Oskar, ticket.Number, "Hello from elsewhere", None));

        Assert.Empty(await world.MailAsync("Re:"));
        Assert.DoesNotContain(await world.EventsAsync(ticket), e => e.Kind == TicketEventKind.Reply);
    }

    [Fact]
    public async Task ANonMemberCannotCloseOrReopenATicket()
    {
        var open = await world.AddAsync(world.English);
        var closed = await world.AddAsync(world.English, status: TicketStatus.Closed);

        Assert.Equal(StatusOutcome.NotFound, await Desk.CloseAsync(Oskar, open.Number, None));
        Assert.Equal(StatusOutcome.NotFound, await Desk.ReopenAsync(Nils, closed.Number, None));

        Assert.Equal(TicketStatus.Open, await world.StatusAsync(open));
        Assert.Equal(TicketStatus.Closed, await world.StatusAsync(closed));
        Assert.DoesNotContain(await world.EventsAsync(open), e => e.Kind == TicketEventKind.StatusChanged);
        Assert.DoesNotContain(await world.EventsAsync(closed), e => e.Kind == TicketEventKind.StatusChanged);
    }

    public void Dispose() => world.Dispose();
}
