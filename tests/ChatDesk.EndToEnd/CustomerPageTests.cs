using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class CustomerPageTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task TheEnglishChannelShowsItsWelcomeHeader() => RunAsync(async () =>
    {
        var customer = await OpenAsync("customer");

        var response = await customer.GotoAsync("/chat/support");

        Assert.Equal(200, response!.Status);
        await Expect(customer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chat with Nordhem support");
        await Expect(customer.Locator("html")).ToHaveAttributeAsync("lang", "en");
    });

    [Fact]
    public Task TheSwedishChannelSpeaksSwedish() => RunAsync(async () =>
    {
        var customer = await OpenAsync("customer");

        await customer.GotoAsync("/chat/support-sv");

        await Expect(customer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Chatta med Nordhems kundtjänst");
        await Expect(customer.Locator("html")).ToHaveAttributeAsync("lang", "sv");
    });

    [Fact]
    public Task AnUnknownChannelGetsAFriendlyNotFoundPage() => RunAsync(async () =>
    {
        var customer = await OpenAsync("customer");

        var response = await customer.GotoAsync("/chat/no-such-channel");

        Assert.Equal(404, response!.Status);
        await Expect(customer.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("can't find that page"));
    });
}
