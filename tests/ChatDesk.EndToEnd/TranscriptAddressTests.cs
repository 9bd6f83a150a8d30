using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>The chat log goes only to the address the customer gave for the chat (issue 10).</summary>
public sealed class TranscriptAddressTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task TheEndFormShowsTheChatsAddressReadOnlyAndTheLogArrivesThere() => RunAsync(async () =>
    {
        Prepare();
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        var email = $"own-{Guid.NewGuid():N}@{DnsTestServer.MxDomain}";
        await FillPreChatAsync(customer, "Read Only", email, "Send me the log please");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Read Only" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "Yes, end the chat" }).ClickAsync();

        var address = customer.GetByLabel("Your e-mail address");
        await Expect(address).ToHaveValueAsync(email);
        await Expect(address).Not.ToBeEditableAsync();
        await customer.GetByRole(AriaRole.Button, new() { Name = "E-mail me the chat log" }).ClickAsync();

        await Expect(customer.GetByText(new Regex($"The chat log was sent to {Regex.Escape(email)}"))).ToBeVisibleAsync(new() { Timeout = 20_000 });
        var mail = await Fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == email));
        Assert.Contains("Send me the log please", mail.TextBody);
        Assert.Single(mail.To.Mailboxes);
    });

    [Fact]
    public Task WithoutAPreChatFormTheEndFormAsksForAnAddressChecksItAndSendsThere() => RunAsync(async () =>
    {
        Prepare();
        Fixture.App.Sql("UPDATE Channels SET PreChat_Enabled = 0 WHERE Slug = 'support'");
        try
        {
            var agent = await OpenWorkspaceAsync("agent", "agent2");
            var customer = await OpenAsync("customer");
            await customer.GotoAsync("/chat/support");
            await Textbox(customer, "Your question").FillAsync("No form today");
            await Textbox(customer, "Your question").PressAsync("Enter");
            await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Visitor" }).ClickAsync();
            await customer.GetByRole(AriaRole.Button, new() { Name = "End chat" }).ClickAsync();
            await customer.GetByRole(AriaRole.Button, new() { Name = "Yes, end the chat" }).ClickAsync();

            await Expect(customer.GetByText("This chat has no e-mail address yet.", new() { Exact = false })).ToBeVisibleAsync();
            var address = customer.GetByLabel("Your e-mail address");
            await Expect(address).ToBeEditableAsync();
            await address.FillAsync("someone@" + DnsTestServer.NullMxDomain);
            await customer.GetByRole(AriaRole.Button, new() { Name = "E-mail me the chat log" }).ClickAsync();
            await Expect(customer.GetByText($"The domain {DnsTestServer.NullMxDomain} does not accept e-mail.")).ToBeVisibleAsync();

            var email = $"given-{Guid.NewGuid():N}@{DnsTestServer.MxDomain}";
            await address.FillAsync(email);
            await customer.GetByRole(AriaRole.Button, new() { Name = "E-mail me the chat log" }).ClickAsync();

            await Expect(customer.GetByText(new Regex($"The chat log was sent to {Regex.Escape(email)}"))).ToBeVisibleAsync(new() { Timeout = 20_000 });
            var mail = await Fixture.Smtp.WaitForMessageAsync(m => m.To.Mailboxes.Any(a => a.Address == email));
            Assert.Contains("No form today", mail.TextBody);
            Assert.Equal(email, Fixture.App.Scalar(
                $"SELECT Customer_Email FROM Sessions WHERE Customer_Email = '{email}'"));
        }
        finally
        {
            Fixture.App.Sql("UPDATE Channels SET PreChat_Enabled = 1 WHERE Slug = 'support'");
        }
    });

    private void Prepare()
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support", false);
    }
}
