using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed partial class ChannelAdminTests
{
    [Fact]
    public Task AChannelCreatedInTheAdminUiServesACustomerThroughTheWholeJourney() => RunAsync(async () =>
    {
        const string slug = "e2e-shop";
        Fixture.App.ClearQueues();
        try
        {
            var admin = await OpenAdminAsync();
            await admin.GotoAsync("/admin/channels");
            await ReadyAsync(admin, "Channels");
            await admin.GetByRole(AriaRole.Link, new() { Name = "New channel" }).ClickAsync();
            await ReadyAsync(admin, "New channel");
            await Field(admin, "Name").FillAsync("E2E Shop");
            await Field(admin, "Slug").FillAsync(slug);

            await OpenTabAsync(admin, "Opening hours");
            await admin.GetByLabel("Always open").CheckAsync();
            await Field(admin, "Time zone").FillAsync("UTC");

            await OpenTabAsync(admin, "Widget look");
            await Field(admin, "Header").FillAsync("E2E Shop chat");
            await Expect(admin.GetByTestId("preview-header")).ToContainTextAsync("E2E Shop chat");

            await OpenTabAsync(admin, "Pre-chat form");
            await Field(admin, "Message above the form").FillAsync("Tell us who you are");
            await admin.GetByRole(AriaRole.Group, new() { Name = "Required fields" }).GetByLabel("Company").CheckAsync();

            await OpenTabAsync(admin, "Post-chat form");
            await Field(admin, "Header").FillAsync("How did E2E Shop do?");
            await Field(admin, "Message").FillAsync("Tell us in one click.");

            await OpenTabAsync(admin, "Members");
            await admin.GetByLabel("Member: Anna Svensson").CheckAsync();
            await Expect(admin.GetByLabel("Can respond: Anna Svensson")).ToBeCheckedAsync();

            await admin.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Expect(admin.GetByTestId("save-status")).ToHaveTextAsync(new Regex("^Saved"));
            await Expect(admin).ToHaveURLAsync(new Regex(@"/admin/channels/\d+$"));

            var agent = await OpenWorkspaceAsync("agent", "agent1");
            var customer = await OpenAsync("customer");
            await customer.GotoAsync("/chat/" + slug);
            await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "E2E Shop chat" })).ToBeVisibleAsync();
            await Expect(customer.GetByText("Tell us who you are")).ToBeVisibleAsync();
            await customer.GetByLabel("Company").FillAsync("Shop Customer AB");
            await FillPreChatAsync(customer, "Shop Customer", "shop@" + DnsTestServer.MxDomain, "Do you ship to Finland?");
            await Expect(customer.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();

            await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Shop Customer" }).ClickAsync();
            await Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
            await Textbox(agent, "Reply").FillAsync("Yes, we ship to Finland.");
            await Textbox(agent, "Reply").PressAsync("Enter");
            await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Yes, we ship to Finland.");
            await Textbox(customer, "Message").FillAsync("Great, thanks!");
            await Textbox(customer, "Message").PressAsync("Enter");
            await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Great, thanks!");
            await agent.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
            await agent.GetByRole(AriaRole.Menuitem, new() { Name = "End chat" }).ClickAsync();

            await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "How did E2E Shop do?" })).ToBeVisibleAsync();
            await Expect(customer.GetByText("Tell us in one click.")).ToBeVisibleAsync();

            // Deleting warns about embedding pages, and the old link then shows the unknown-channel page.
            await admin.GotoAsync("/admin/channels");
            // A click on the prerendered button, before the circuit wires it, would be lost.
            await WaitUntilInteractiveAsync(admin);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Delete E2E Shop" }).ClickAsync();
            var dialog = admin.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync("will show an unavailable chat button");
            await Expect(dialog).ToContainTextAsync("Its 1 chat(s) with all their messages and its 0 ticket(s)");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Delete channel" }).ClickAsync();
            await Expect(admin.GetByTestId("list-status")).ToHaveTextAsync("Channel E2E Shop was deleted.");
            await Expect(admin.GetByRole(AriaRole.Link, new() { Name = "E2E Shop" })).ToHaveCountAsync(0);
            // The customer's open page reloads itself into the unknown-channel page; a fresh visit gets a 404.
            await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Sorry, we can't find that page" })).ToBeVisibleAsync();
            var response = await customer.GotoAsync("/chat/" + slug);
            Assert.Equal(404, response!.Status);
        }
        finally
        {
            DeleteChannelBySql(slug);
        }
    });
}
