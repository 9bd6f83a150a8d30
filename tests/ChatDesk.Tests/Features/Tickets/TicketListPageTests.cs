using Bunit;
using ChatDesk.Features.Tickets;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Tickets;

public sealed class TicketListPageTests : TicketPageContext
{
    private IRenderedComponent<TicketListPage> Show(string query = "", string language = "en")
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/agent/tickets" + query);
        return Render<TicketListPage>(p => p.AddCascadingValue(StaffText.For(language)));
    }

    private static List<string> Numbers(IRenderedComponent<TicketListPage> page) =>
        page.FindAll("tbody th a").Select(a => a.TextContent).ToList();

    [Fact]
    public void WithoutTicketsTheListSaysSoInsteadOfShowingAnEmptyTable()
    {
        var page = Show();

        Assert.Equal("There are no open tickets in your channels.", page.Find("[data-testid=no-tickets]").TextContent);
        Assert.Empty(page.FindAll("table"));
        Assert.Equal("Tickets", page.Find("h1").TextContent);
    }

    [Fact]
    public async Task OpenTicketsOfTheUsersChannelsAreListedNewestFirstAndLinkToTheirPages()
    {
        var older = await World.AddAsync(World.English, customer: "Kim <b>Lee</b>", question: "First line\nsecond line");
        var newer = await World.AddAsync(World.Swedish);
        await World.AddAsync(World.Other);
        await World.AddAsync(World.English, status: TicketStatus.Closed);

        var page = Show();

        Assert.Equal([$"#{newer.Number}", $"#{older.Number}"], Numbers(page));
        Assert.Equal($"/agent/tickets/{older.Number}", page.FindAll("tbody th a")[1].GetAttribute("href"));
        Assert.Equal("Open tickets in your channels, newest first. Times are in UTC.", page.Find("caption").TextContent);
        var cells = page.FindAll($"tr[data-ticket='{older.Number}'] td").Select(td => td.TextContent).ToList();
        Assert.Equal(["2026-03-02 09:01", "Nordhem Support", "Kim <b>Lee</b>", "Chat", "Normal", "Open", "First line"], cells);
        Assert.Empty(page.FindAll("tbody b"));
    }

    [Fact]
    public async Task TheStatusInTheAddressFiltersTheList()
    {
        await World.AddAsync(World.English);
        var closed = await World.AddAsync(World.English, status: TicketStatus.Closed);

        var page = Show("?status=closed");

        Assert.Equal([$"#{closed.Number}"], Numbers(page));
        Assert.StartsWith("Closed tickets in your channels", page.Find("caption").TextContent);
    }

    [Fact]
    public async Task TheChannelInTheAddressFiltersTheListAcrossAllStatuses()
    {
        await World.AddAsync(World.English);
        var open = await World.AddAsync(World.Swedish);
        var closed = await World.AddAsync(World.Swedish, status: TicketStatus.Closed);

        var page = Show($"?status=all&channel={World.Swedish.Id}");

        Assert.Equal([$"#{closed.Number}", $"#{open.Number}"], Numbers(page));
        Assert.StartsWith("Tickets in Nordhem Kundtjänst, newest first", page.Find("caption").TextContent);
    }

    [Fact]
    public async Task AFilterThatMatchesNothingSaysWhatWasLookedFor()
    {
        await World.AddAsync(World.English);

        var page = Show($"?status=pending&channel={World.English.Id}");

        Assert.Equal("There are no pending tickets in Nordhem Support.", page.Find("[data-testid=no-tickets]").TextContent);
    }

    [Fact]
    public async Task TimesAreShownInTheBrowsersTimeZoneOnceItIsKnown()
    {
        BrowserZone("Europe/Stockholm");
        var ticket = await World.AddAsync(World.English);

        var page = Show();

        page.WaitForAssertion(() => Assert.EndsWith("Times are in Europe/Stockholm.", page.Find("caption").TextContent));
        Assert.Equal("2026-03-02 10:01", page.Find($"tr[data-ticket='{ticket.Number}'] time").TextContent);
    }

    [Fact]
    public async Task AStaffMemberWhoChoseSwedishReadsTheListInSwedish()
    {
        await World.AddAsync(World.Swedish);

        var page = Show(language: "sv");

        Assert.Equal("Ärenden", page.Find("h1").TextContent);
        Assert.Equal("Öppna ärenden i dina kanaler, nyast först. Tiderna visas i UTC.", page.Find("caption").TextContent);
        Assert.Equal(["Ärende", "Skapat", "Kanal", "Kund", "Kategori", "Prioritet", "Status", "Fråga"], page.FindAll("thead th").Select(th => th.TextContent));
        Assert.Equal(["Normal", "Öppen"], page.FindAll("tbody td").Skip(4).Take(2).Select(td => td.TextContent));
    }

    [Fact]
    public void AnEmptyListSaysSoInSwedish()
    {
        var page = Show("?status=closed", language: "sv");

        Assert.Equal("Det finns inga stängda ärenden i dina kanaler.", page.Find("[data-testid=no-tickets]").TextContent);
    }
}
