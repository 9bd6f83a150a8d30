using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd.MultiNode;

/// <summary>What one node's user does reaches the other node's open pages: presence, transfers, channel settings
/// and the FAQ.</summary>
public sealed class SignalsAcrossNodesTests(ClusterFixture fixture) : MultiNodeTest(fixture)
{
    [Fact]
    public Task AnAgentComingOnlineOnNodeBOpensTheChannelForACustomerOnNodeA() => RunAsync(async () =>
    {
        Cluster.Database.ClearQueues();
        Cluster.Database.SetFaqSuggestions("support", false);
        var customer = await OpenOnAsync("customer", NodeA.BaseUrl, "/chat/support");
        // Agents of earlier tests stop counting as present within the (test) grace of two seconds.
        await Expect(customer.GetByText("No one is available to chat right now")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        await WorkspaceOnAsync("agent", NodeB, "agent1");

        await Expect(customer.GetByText("No one is available to chat right now")).ToHaveCountAsync(0);
        await FillPreChatAsync(customer, "Presence Customer", "presence@" + DnsTestServer.MxDomain, "Are you there?");
        await Expect(customer.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();
    });

    [Fact]
    public Task ATransferOfferedOnNodeAIsAcceptedOnNodeB() => RunAsync(async () =>
    {
        var oskar = await WorkspaceOnAsync("oskar", NodeB, "agent2");
        var (anna, customer) = await ChatAsync(NodeA, NodeA.BaseUrl, "Transfer Customer");
        await anna.GetByRole(AriaRole.Button, new() { Name = "Task menu" }).ClickAsync();
        await anna.GetByRole(AriaRole.Menuitem, new() { Name = "Transfer" }).ClickAsync();
        await anna.GetByRole(AriaRole.Button, new() { Name = "Offer transfer" }).ClickAsync();
        await Expect(anna.GetByText(new Regex("Waiting for .* to accept the transfer"))).ToBeVisibleAsync();

        await oskar.GetByRole(AriaRole.Button, new() { Name = "Accept transfer of Transfer Customer" }).ClickAsync();

        // Oskar opens it from "My chats": an accepted transfer usually opens by itself, but on two heavily loaded nodes
        // it once stayed closed (not yet explained), and what this test is about is the chat moving across nodes.
        await oskar.Locator("button.session-button", new() { HasText = "Transfer Customer" }).First.ClickAsync();
        await Expect(oskar.GetByRole(AriaRole.Heading, new() { Name = "Chat with Transfer Customer" })).ToBeVisibleAsync();
        await Expect(customer.GetByText("You are chatting with Oskar")).ToBeVisibleAsync();
        await Expect(anna.GetByText("This chat has moved to another agent. It stays here, read-only, until you close it.")).ToBeVisibleAsync();
        // Straight after the transfer: the chat opening on node B must not miss a message from node A meanwhile.
        await SendAsync(customer, "Message", "Hi Oskar on the other node");
        await Expect(oskar.GetByRole(AriaRole.Log)).ToContainTextAsync("Hi Oskar on the other node");
        await SendAsync(oskar, "Reply", "Oskar here, on the other node");
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Oskar here, on the other node");
    });

    [Fact]
    public Task AChannelSettingSavedOnNodeAReachesAnOpenCustomerPageOnNodeB() => RunAsync(async () =>
    {
        Cluster.Database.ClearQueues();
        Cluster.Database.SetFaqSuggestions("support", true);
        try
        {
            await WorkspaceOnAsync("agent", NodeB, "agent1");
            var customer = await OpenOnAsync("customer", NodeB.BaseUrl, "/chat/support");
            await WaitUntilInteractiveAsync(customer);

            var admin = await SignInOnAsync("admin", NodeA, "admin");
            await admin.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
            var name = Cluster.Database.Scalar("""SELECT "Name" FROM "Channels" WHERE "Slug" = 'support'""");
            var id = Cluster.Database.Scalar("""SELECT "Id" FROM "Channels" WHERE "Slug" = 'support'""");
            await admin.GotoAsync(NodeA.BaseUrl + "/admin/channels/" + id);
            await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Channel " + name, Level = 1 })).ToBeVisibleAsync();
            // As ChannelAdminTests: the editor is ready once Blazor runs and its data has loaded.
            await admin.WaitForFunctionAsync("() => document.documentElement.getAttribute('data-blazor') === 'started'");
            await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var tab = admin.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex("^Pre-chat form") });
            await tab.ClickAsync();
            await Expect(tab).ToHaveAttributeAsync("aria-selected", "true");
            var suggestions = admin.GetByLabel("Suggest FAQ articles before the chat");
            await Expect(suggestions).ToBeCheckedAsync();
            await suggestions.UncheckAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
            await Expect(admin.GetByTestId("save-status")).ToHaveTextAsync(new Regex("^Saved"));

            // The question the demo's descaling article answers now goes straight to the queue on the other node.
            await FillPreChatAsync(customer, "Setting Customer", "setting@" + DnsTestServer.MxDomain, "My coffee machine shows the descaling light");

            await Expect(customer.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();
            await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "These articles may answer your question" })).ToHaveCountAsync(0);
        }
        finally
        {
            Cluster.Database.SetFaqSuggestions("support", false);
        }
    });

    [Fact]
    public Task AnFaqArticleSavedOnNodeBIsSuggestedOnNodeARightAway() => RunAsync(async () =>
    {
        Cluster.Database.ClearQueues();
        Cluster.Database.SetFaqSuggestions("support", true);
        try
        {
            // A made-up word, so only this article can match the question.
            var word = "zorb" + new string(Guid.NewGuid().ToString("N")[..8].Select(c => char.IsDigit(c) ? (char)('g' + c - '0') : c).ToArray());
            var title = $"All about the {word}";
            await WorkspaceOnAsync("agent", NodeA, "agent1");
            var customer = await OpenOnAsync("customer", NodeA.BaseUrl, "/chat/support");
            await WaitUntilInteractiveAsync(customer);

            var admin = await SignInOnAsync("admin", NodeB, "admin");
            await admin.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
            await admin.GotoAsync(NodeB.BaseUrl + "/admin/faq");
            await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "FAQ administration", Level = 1 })).ToBeVisibleAsync();
            await WaitUntilInteractiveAsync(admin);
            await admin.GetByRole(AriaRole.Button, new() { NameRegex = new Regex(@"^Support FAQ \(\d+\)$") }).ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "New article" }).ClickAsync();
            await admin.GetByLabel("English").CheckAsync();
            await admin.GetByLabel("Title").FillAsync(title);
            await admin.GetByLabel("Body").FillAsync($"The {word} has a lid.\n\n- The lid is on the {word}");
            await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Expect(admin.GetByTestId("faq-notice")).ToHaveTextAsync($"Article “{title}” saved.");

            await FillPreChatAsync(customer, "Faq Customer", "faq@" + DnsTestServer.MxDomain, $"Where is the lid on my {word}?");

            await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "These articles may answer your question" })).ToBeVisibleAsync();
            await Expect(customer.Locator(".faq-list li").First).ToContainTextAsync(title);
        }
        finally
        {
            Cluster.Database.SetFaqSuggestions("support", false);
        }
    });
}
