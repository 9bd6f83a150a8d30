using Bunit;
using ChatDesk.Features.Tickets;
using ChatDesk.Resources;

namespace ChatDesk.Tests.Features.Tickets;

public sealed class TicketPageTests : TicketPageContext
{
    private IRenderedComponent<TicketPage> Show(int number, string language = "en") =>
        Render<TicketPage>(p => p.AddCascadingValue(StaffText.For(language)).Add(c => c.Number, number));

    /// <summary>Each history line as one sentence: what happened, then the text sent, if any.</summary>
    private static List<string> History(IRenderedComponent<TicketPage> page) =>
        page.FindAll(".ticket-history > li").Select(li => string.Join(" ", li.Children.SelectMany(
            c => c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))).ToList();

    [Fact]
    public async Task ATicketShowsTheCustomerTheQuestionAsTextAndItsHistory()
    {
        var ticket = await World.AddAsync(World.English, customer: "Märta Åkesson", question: "It leaks <script>alert(1)</script>\n  under the tank.");
        World.Time.Advance(TimeSpan.FromMinutes(5));
        await World.Desk.ReplyAsync(TicketWorld.Anna, ticket.Number, "Send a <b>photo</b>.", CancellationToken.None);

        var page = Show(ticket.Number);

        Assert.Equal($"Ticket #{ticket.Number}", page.Find("h1").TextContent);
        Assert.Equal("It leaks <script>alert(1)</script>\n  under the tank.", page.Find("section pre").TextContent);
        Assert.Equal("en", page.Find("section pre").GetAttribute("lang"));
        Assert.Empty(page.FindAll("script"));
        Assert.Empty(page.FindAll("b"));
        Assert.Equal("Question", page.Find("#ticket-question").TextContent);
        Assert.Equal(["Name", "Märta Åkesson", "E-mail", "marta@example.com", "Company", "Åkesson AB", "Phone", "+46 8 123 45", "Country", "Sweden"],
            page.FindAll("[data-testid=ticket-customer] > *").Select(e => e.TextContent));
        Assert.Equal(["Channel", "Nordhem Support", "Category", "Chat", "Priority", "Normal", "Status", "Open"],
            page.FindAll("[data-testid=ticket-details] > *").Take(8).Select(e => e.TextContent));
        Assert.Equal(
            [
                "2026-03-02 09:01 Märta Åkesson created the ticket (from the request form)",
                "2026-03-02 09:06 Anna Svensson replied to the customer: Send a <b>photo</b>.",
            ],
            History(page));
        Assert.Equal("Close", page.FindAll("button").Single(b => b.TextContent.Trim() is "Close" or "Reopen").TextContent.Trim());
    }

    [Fact]
    public async Task ATicketOfAnotherTeamsChannelIsNotFoundAndShowsNothingOfIt()
    {
        var ticket = await World.AddAsync(World.Other, customer: "Secret Customer", question: "Secret question");

        var page = Show(ticket.Number);

        Assert.Equal("Ticket not found", page.Find("h1").TextContent);
        Assert.Equal($"There is no ticket #{ticket.Number} in your channels.", page.Find("[data-testid=ticket-not-found]").TextContent);
        Assert.DoesNotContain("Secret", page.Markup);
        Assert.Empty(page.FindAll("textarea"));
        Assert.Empty(page.FindAll("button"));
    }

    [Fact]
    public void AnUnknownNumberReadsExactlyLikeAnotherTeamsTicket()
    {
        var page = Show(4242);

        Assert.Equal("Ticket not found", page.Find("h1").TextContent);
        Assert.Equal("There is no ticket #4242 in your channels.", page.Find("[data-testid=ticket-not-found]").TextContent);
    }

    [Fact]
    public async Task SendingAReplyQueuesTheMailRecordsItAndEmptiesTheBox()
    {
        var ticket = await World.AddAsync(World.English);
        var page = Show(ticket.Number);

        page.Find("textarea").Input("We will send a new seal.");
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Send").Click();

        page.WaitForAssertion(() => Assert.Equal("Your reply to marta@example.com is on its way.", page.Find("[role=status]").TextContent.Trim()));
        Assert.Contains("Anna Svensson replied to the customer: We will send a new seal.", History(page)[1]);
        Assert.Equal("", page.Find("textarea").GetAttribute("value") ?? "");
        Assert.Single(await World.MailAsync($"Re: your request #{ticket.Number}"));
    }

    [Fact]
    public async Task CloseAndReopenChangeTheStatusAndAreRecorded()
    {
        var ticket = await World.AddAsync(World.English);
        var page = Show(ticket.Number);

        Button(page, "Close").Click();
        page.WaitForAssertion(() => Assert.Equal("Closed", page.Find("[data-testid=ticket-status]").TextContent.Trim()));
        Button(page, "Reopen").Click();

        page.WaitForAssertion(() => Assert.Equal("Open", page.Find("[data-testid=ticket-status]").TextContent.Trim()));
        Assert.EndsWith("Anna Svensson changed the status: Open → Closed", History(page)[1]);
        Assert.EndsWith("Anna Svensson changed the status: Closed → Open", History(page)[2]);
        Assert.Equal("The ticket was reopened.", page.Find("[role=status]").TextContent.Trim());
    }

    [Fact]
    public async Task WithoutAUsableAddressThereIsNoReplyBox()
    {
        var ticket = await World.AddAsync(World.English, email: "");

        var page = Show(ticket.Number);

        Assert.Empty(page.FindAll("textarea"));
        Assert.Contains("cannot be answered by e-mail", page.Find("#ticket-reply + *").TextContent);
    }

    [Fact]
    public async Task AStaffMemberWhoChoseSwedishReadsTheTicketAndItsHistoryInSwedish()
    {
        var ticket = await World.AddAsync(World.English, customer: "Märta Åkesson", email: "");
        await World.Desk.CloseAsync(TicketWorld.Anna, ticket.Number, CancellationToken.None);

        var page = Show(ticket.Number, "sv");

        Assert.Equal($"Ärende #{ticket.Number}", page.Find("h1").TextContent);
        Assert.Equal("Stängd", page.Find("[data-testid=ticket-status]").TextContent.Trim());
        Assert.Single(page.FindAll("button"), b => b.TextContent.Trim() == "Öppna igen");
        Assert.Equal(
            [
                "2026-03-02 09:01 Märta Åkesson skapade ärendet (via ärendeformuläret)",
                "2026-03-02 09:01 Anna Svensson ändrade status: Öppen → Stängd",
            ],
            History(page));
        Assert.Contains("Ej angivet", page.Find("[data-testid=ticket-customer]").TextContent);
    }

    [Fact]
    public void ANotFoundTicketSaysSoInSwedish()
    {
        var page = Show(4242, "sv");

        Assert.Equal("Ärendet hittades inte", page.Find("h1").TextContent);
        Assert.Equal("Det finns inget ärende #4242 i dina kanaler.", page.Find("[data-testid=ticket-not-found]").TextContent);
    }

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<TicketPage> page, string name) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == name);
}
