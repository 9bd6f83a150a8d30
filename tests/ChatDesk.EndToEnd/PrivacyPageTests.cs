using System.Text.Json;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Issue 10 in the real app: an admin finds a customer's chat by e-mail address on /admin/privacy,
/// downloads it, and erases it after confirming; afterwards the database holds neither the address nor the text.</summary>
public sealed class PrivacyPageTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task AnAdminFindsExportsAndErasesACustomersChat() => RunAsync(async () =>
    {
        // An address of its own: other tests' chats (the shared "customer@" address) must not be touched.
        var id = Guid.NewGuid().ToString("N")[..8];
        var email = $"petra.{id}@{DnsTestServer.MxDomain}";
        var question = $"My secret order {id} is late";
        await EndedChatAsync(email, question);

        var admin = await SignInAsync("admin", "admin");
        await admin.GotoAsync("/admin/privacy");
        await WaitUntilInteractiveAsync(admin);
        await admin.GetByLabel("Customer's e-mail address").FillAsync(email.ToUpperInvariant());
        await admin.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Expect(admin.GetByTestId("privacy-status")).ToContainTextAsync("1 chat(s), 0 ticket(s)");
        await AssertNoSeriousViolationsAsync(admin, "found");

        var download = await admin.RunAndWaitForDownloadAsync(() =>
            admin.GetByRole(AriaRole.Button, new() { Name = "Download as JSON" }).ClickAsync());
        var json = await File.ReadAllTextAsync(await download.PathAsync());
        using (JsonDocument.Parse(json)) { } // one well-formed file
        Assert.Contains(question, json);
        Assert.Contains(email, json);
        Assert.DoesNotContain($"customer@{DnsTestServer.MxDomain}", json);

        await admin.GetByRole(AriaRole.Button, new() { Name = "Erase…" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Dialog)).ToContainTextAsync("It cannot be undone.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Erase for good" }).ClickAsync();
        await Expect(admin.GetByTestId("privacy-status")).ToContainTextAsync("Erased: 1 chat(s)");

        Assert.Equal("0", Fixture.App.Scalar($"SELECT COUNT(*) FROM Sessions WHERE lower(Customer_Email) = '{email}'"));
        Assert.Equal("0", Fixture.App.Scalar($"SELECT COUNT(*) FROM Messages WHERE Text LIKE '%{id}%'"));
        await admin.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Expect(admin.GetByTestId("privacy-status")).ToContainTextAsync("Nothing is stored about");

        await admin.GotoAsync("/admin/audit");
        await Expect(admin.GetByTestId("audit-row").First).Not.ToContainTextAsync(email);
    });

    private async Task EndedChatAsync(string email, string question)
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, "Petra Privat", email, question);
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Petra Privat" }).ClickAsync();
        await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Yes, end the chat" }).ClickAsync();
        await Expect(customer.GetByText("You ended the chat.")).ToBeVisibleAsync();
    }
}
