using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class FaqSuggestionTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task AMatchingArticleAnswersTheQuestionAndIsRecorded() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", true);
        await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        var email = $"faq-{Guid.NewGuid():N}@{DnsTestServer.MxDomain}";

        await FillPreChatAsync(customer, "Faq Reader", email, "My coffee machine shows the descaling light");

        await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "These articles may answer your question" })).ToBeVisibleAsync();
        var articles = customer.Locator(".faq-list li");
        Assert.InRange(await articles.CountAsync(), 1, 3);
        await Expect(articles.First).ToContainTextAsync("descal", new() { IgnoreCase = true });
        await customer.GetByRole(AriaRole.Button, new() { Name = "This answered my question" }).ClickAsync();

        await Expect(customer.GetByText("Great, glad we could help!")).ToBeVisibleAsync();
        Assert.Equal("ResolvedByFaq", Fixture.App.Scalar($"SELECT Status FROM Sessions WHERE Customer_Email = '{email}'"));
        Assert.Equal("ResolvedByFaq", Fixture.App.Scalar($"SELECT EndReason FROM Sessions WHERE Customer_Email = '{email}'"));
    });

    [Fact]
    public Task TheCustomerCanStillStartTheChat() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support-sv", true);
        Fixture.App.SetHours("support-sv", AppServer.AlwaysOpen);
        try
        {
            await OpenWorkspaceAsync("agent", "agent2");
            var customer = await OpenAsync("kund");
            await customer.GotoAsync("/chat/support-sv");
            await customer.GetByLabel("Namn").FillAsync("Paket Person");
            await customer.GetByLabel("E-post").FillAsync("paket@" + DnsTestServer.MxDomain);
            await customer.GetByLabel("Din fråga").FillAsync("Mitt paket kom skadat");
            await Textbox(customer, "Din fråga").PressAsync("Enter");

            await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "De här artiklarna kanske besvarar din fråga" })).ToBeVisibleAsync();
            var first = customer.Locator(".faq-list li a").First;
            await Expect(first).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/faq/\d+$"));
            await customer.GetByRole(AriaRole.Button, new() { Name = "Starta chatt" }).ClickAsync();

            await Expect(customer.GetByText("Du är nummer 1 i kön.")).ToBeVisibleAsync();
        }
        finally
        {
            Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
        }
    });

    [Fact]
    public Task AnUnrelatedQuestionGoesStraightToTheQueue() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", true);
        await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");

        await FillPreChatAsync(customer, "Off Topic", "off@" + DnsTestServer.MxDomain, "What is the weather on Mars?");

        await Expect(customer.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();
    });
}
