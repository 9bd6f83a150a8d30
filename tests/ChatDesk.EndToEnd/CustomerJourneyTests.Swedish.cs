using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed partial class CustomerJourneyTests
{
    [Fact]
    public Task TheSwedishChannelRunsTheJourneyInSwedish() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        Fixture.App.SetFaqSuggestions("support-sv", false);
        Fixture.App.SetHours("support-sv", AppServer.AlwaysOpen);
        try
        {
            var agent = await OpenWorkspaceAsync("agent", "agent2");
            var customer = await OpenAsync("kund");
            await customer.GotoAsync("/chat/support-sv");

            await FillSwedishPreChatAsync(customer, "Sven Svensson", "sven@" + DnsTestServer.MxDomain, "Var är mitt paket?");
            await Expect(customer.GetByText("Du är nummer 1 i kön.")).ToBeVisibleAsync();

            await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Sven Svensson" }).ClickAsync();
            await Expect(customer.GetByText("Du chattar med Oskar")).ToBeVisibleAsync();
            await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Hej, jag heter Oskar.");

            await customer.GetByRole(AriaRole.Button, new() { Name = "Avsluta chatt" }).ClickAsync();
            await customer.GetByRole(AriaRole.Button, new() { Name = "Ja, avsluta chatten" }).ClickAsync();
            await Expect(customer.GetByText("Du avslutade chatten.")).ToBeVisibleAsync();
            await Expect(customer.GetByRole(AriaRole.Button, new() { Name = "Återgå till chatten" })).ToBeVisibleAsync();
        }
        finally
        {
            Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
        }
    });

    [Fact]
    public Task OutsideOpeningHoursTheWindowSaysSoInSwedish() => RunAsync(async () =>
    {
        Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
        var customer = await OpenAsync("kund");

        await customer.GotoAsync("/chat/support-sv");

        await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Tyvärr, vi har stängt" })).ToBeVisibleAsync();
        await Expect(customer.GetByRole(AriaRole.Button, new() { Name = "Skicka ärende" })).ToBeVisibleAsync();
        await Expect(customer.GetByRole(AriaRole.Button, new() { Name = "Starta chatt" })).Not.ToBeVisibleAsync();
    });
}
