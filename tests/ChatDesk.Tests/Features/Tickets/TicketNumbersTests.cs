using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Features.Email;

namespace ChatDesk.Tests.Features.Tickets;

public sealed class TicketNumbersTests : IDisposable
{
    private readonly MailTestDatabase database = new();

    private static Ticket Numbered(int channelId, int number) => new() { ChannelId = channelId, Number = number, Question = "?" };

    [Fact]
    public async Task AWriterThatCollidesOnTheNumberRetriesWithAFreshOne()
    {
        var channel = await database.AddChannelAsync();
        var offered = new List<int>();

        var ticket = await TicketNumbers.InsertAsync(database, (db, number) =>
        {
            offered.Add(number);
            // The first attempt behaves like a writer that read a stale maximum.
            var ticket = Numbered(channel.Id, offered.Count == 1 ? number : number + 1);
            if (offered.Count == 1) db.Tickets.Add(Numbered(channel.Id, number));
            db.Tickets.Add(ticket);
            return Task.FromResult(ticket);
        }, CancellationToken.None);

        Assert.Equal([1001, 1001], offered);
        Assert.Equal(1002, ticket.Number);
        Assert.Equal(1, database.Count("Tickets"));
    }

    [Fact]
    public async Task NumbersContinueAfterTheHighestStoredOne()
    {
        var channel = await database.AddChannelAsync();
        database.Execute($"""
            INSERT INTO "Tickets" ("Number", "ChannelId", "Question", "Category", "Priority", "Status", "CreatedAt", "Customer_Consent", "Customer_Email", "Customer_Name")
            VALUES (1500, {channel.Id}, '?', 'Chat', 'Normal', 'Open', 0, FALSE, '', '')
            """);

        var ticket = await TicketNumbers.InsertAsync(database, (db, number) =>
        {
            var ticket = Numbered(channel.Id, number);
            db.Tickets.Add(ticket);
            return Task.FromResult(ticket);
        }, CancellationToken.None);

        Assert.Equal(1501, ticket.Number);
    }

    public void Dispose() => database.Dispose();
}
