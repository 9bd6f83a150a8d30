using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>Issue 13, point 5: files both ways, refusals that keep the typed text, and the file only for its chat.</summary>
public sealed class AttachmentTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    // A real 1×1 PNG, so the thumbnail only has a width when the browser got the image itself.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    private static ILocator FileInput(IPage page) => page.Locator("input[data-attach-input]");

    private static FilePayload File(string name, string type, byte[] bytes) => new() { Name = name, MimeType = type, Buffer = bytes };

    [Fact]
    public Task AnImageReachesTheAgentAsAThumbnailAndTheAgentsPdfDownloadsForTheCustomer() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Tilda Thumbnail");

        await FileInput(customer).SetInputFilesAsync(File("broken-lamp.png", "image/png", Png));
        var thumbnail = agent.GetByRole(AriaRole.Img, new() { Name = "broken-lamp.png" });
        await Expect(thumbnail).ToBeVisibleAsync();
        await agent.WaitForFunctionAsync("() => document.querySelector('img[alt=\"broken-lamp.png\"]')?.naturalWidth === 1");
        await Expect(customer.GetByRole(AriaRole.Img, new() { Name = "broken-lamp.png" })).ToBeVisibleAsync();

        await FileInput(agent).SetInputFilesAsync(File("return-label.pdf", "application/pdf", Pdf));
        var link = customer.GetByRole(AriaRole.Link, new() { Name = "return-label.pdf" });
        await Expect(link).ToBeVisibleAsync();
        var download = await customer.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("return-label.pdf", download.SuggestedFilename);
        Assert.Equal(Pdf, await System.IO.File.ReadAllBytesAsync((await download.PathAsync())!));

        await AssertNoSeriousViolationsAsync(customer, "customer chat with an image and a PDF");
        await AssertNoSeriousViolationsAsync(agent, "agent chat with an image and a PDF");
    });

    [Fact]
    public Task ATooLargeFileAndAProgramAreRefusedWithAMessageAndTheTypedTextStays() => RunAsync(async () =>
    {
        var (_, customer) = await ActiveChatAsync("Rita Refused");
        var box = Textbox(customer, "Message");
        await box.FillAsync("My order number is 4711");

        // From disk: the browser reads the path itself, instead of 20 MB crossing the Playwright connection.
        var big = Path.Combine(Path.GetTempPath(), $"attach-{Guid.NewGuid():N}", "holiday-video.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(big)!);
        await using (var stream = System.IO.File.Create(big)) stream.SetLength(20 * 1024 * 1024);
        await FileInput(customer).SetInputFilesAsync(big, new() { Timeout = 60_000 });
        await Expect(customer.GetByRole(AriaRole.Alert).Filter(new() { HasText = "holiday-video.pdf is too large: a file can be at most 10 MB" }))
            .ToBeVisibleAsync();
        await Expect(box).ToHaveValueAsync("My order number is 4711");

        await FileInput(customer).SetInputFilesAsync(File("setup.exe", "application/octet-stream", [.. "MZ"u8, 0x90, 0, 3]));
        await Expect(customer.GetByRole(AriaRole.Alert).Filter(new() { HasText = "setup.exe is a program, and programs cannot be sent" }))
            .ToBeVisibleAsync();
        // A program renamed to look like a document is told by its bytes.
        await FileInput(customer).SetInputFilesAsync(File("invoice.pdf", "application/pdf", [.. "MZ"u8, 0x90, 0, 3]));
        await Expect(customer.GetByRole(AriaRole.Alert).Filter(new() { HasText = "invoice.pdf is a program" })).ToBeVisibleAsync();
        await Expect(box).ToHaveValueAsync("My order number is 4711");
        await Expect(customer.Locator(".message-kind-attachment")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task TheAttachButtonWorksFromTheKeyboard() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Kim Keyboard");
        var chooser = FileChoosers.Next(customer);
        var button = customer.GetByRole(AriaRole.Button, new() { Name = "Attach a file" });
        // Disabled (and so skipped by Tab) until the chat's file limits are read.
        await Expect(button).ToBeEnabledAsync();
        await Textbox(customer, "Message").FocusAsync();
        await customer.Keyboard.PressAsync("Tab");
        await Expect(button).ToBeFocusedAsync();

        await customer.Keyboard.PressAsync("Enter");
        await (await chooser.Within()).SetFilesAsync(File("notes.txt", "text/plain", "Serial number: AB-123\n"u8.ToArray()));
        await Expect(agent.GetByRole(AriaRole.Link, new() { Name = "notes.txt" })).ToBeVisibleAsync();
    });

    [Fact]
    public Task FilesPickedWhileOneIsStillSendingWaitTheirTurnAndAllArriveInOrder() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Quinn Queue");
        // Three picks back to back, each before the one before has reached the server.
        await FileInput(customer).SetInputFilesAsync(File("first.png", "image/png", Png));
        await FileInput(customer).SetInputFilesAsync(File("second.pdf", "application/pdf", Pdf));
        await FileInput(customer).SetInputFilesAsync(File("third.txt", "text/plain", "Order 4711\n"u8.ToArray()));

        await Expect(agent.GetByRole(AriaRole.Img, new() { Name = "first.png" })).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Link, new() { Name = "second.pdf" })).ToBeVisibleAsync();
        await Expect(agent.GetByRole(AriaRole.Link, new() { Name = "third.txt" })).ToBeVisibleAsync();
        var order = await agent.Locator(".message-kind-attachment").Locator("img[alt], a.attachment-file").EvaluateAllAsync<string[]>(
            "nodes => nodes.map(n => n.getAttribute('alt') || n.textContent.trim())");
        Assert.Equal(["first.png", "second.pdf", "third.txt"], order);
    });

    [Fact]
    public Task AnotherChatsTokenIsRefusedTheFile() => RunAsync(async () =>
    {
        var (_, owner) = await ActiveChatAsync("Olga Owner");
        await FileInput(owner).SetInputFilesAsync(File("contract.pdf", "application/pdf", Pdf));
        var href = await owner.GetByRole(AriaRole.Link, new() { Name = "contract.pdf" }).GetAttributeAsync("href");
        var path = href!.Split('?')[0];
        var ownerToken = await owner.EvaluateAsync<string>("() => localStorage.getItem('chatdesk:support')");

        var stranger = await OpenAsync("stranger");
        await stranger.GotoAsync("/chat/support");
        await FillPreChatAsync(stranger, "Sam Stranger", "stranger@" + DnsTestServer.MxDomain, "Just curious");
        await Expect(stranger.GetByText("You are number", new() { Exact = false })).ToBeVisibleAsync();
        var strangerToken = await stranger.EvaluateAsync<string>("() => localStorage.getItem('chatdesk:support')");

        var refused = await stranger.APIRequest.GetAsync(path, new() { Headers = new Dictionary<string, string> { ["X-Chat-Token"] = strangerToken } });
        Assert.Equal(404, refused.Status);
        var own = await stranger.APIRequest.GetAsync(path, new() { Headers = new Dictionary<string, string> { ["X-Chat-Token"] = ownerToken } });
        Assert.Equal(200, own.Status);
        Assert.Equal(Pdf, await own.BodyAsync());
    });

    [Fact]
    public Task TheSwedishPageRefusesAProgramAndAWrongTypeInSwedishAndKeepsTheText() => RunAsync(async () =>
    {
        Fixture.App.ClearQueues();
        Fixture.App.SetFaqSuggestions("support-sv", false);
        Fixture.App.SetHours("support-sv", AppServer.AlwaysOpen);
        try
        {
            var agent = await OpenWorkspaceAsync("agent", "agent2");
            var customer = await OpenAsync("kund");
            await customer.GotoAsync("/chat/support-sv");
            await FillSwedishPreChatAsync(customer, "Sara Svensson", "sara@" + DnsTestServer.MxDomain, "Kan jag skicka en bild?");
            await agent.GetByRole(AriaRole.Button, new() { Name = "Accept chat from Sara Svensson" }).ClickAsync();
            await Expect(customer.GetByText("Du chattar med Oskar")).ToBeVisibleAsync();
            var box = Textbox(customer, "Meddelande");
            await box.FillAsync("Mitt ordernummer är 4711");

            await FileInput(customer).SetInputFilesAsync(File("setup.exe", "application/octet-stream", [.. "MZ"u8, 0x90, 0, 3]));
            await Expect(customer.GetByRole(AriaRole.Alert).Filter(new() { HasText = "setup.exe är ett program, och program kan inte skickas av säkerhetsskäl." }))
                .ToBeVisibleAsync();
            await FileInput(customer).SetInputFilesAsync(File("semester.mp4", "video/mp4", [0, 0, 0, 0x18, .. "ftypmp42"u8]));
            await Expect(customer.GetByRole(AriaRole.Alert).Filter(new() { HasText = "semester.mp4 kan inte skickas: tillåtna filtyper är" }))
                .ToBeVisibleAsync();
            await Expect(box).ToHaveValueAsync("Mitt ordernummer är 4711");
            await Expect(customer.Locator(".message-kind-attachment")).ToHaveCountAsync(0);
            await AssertNoSeriousViolationsAsync(customer, "attachment refused in Swedish");
        }
        finally
        {
            Fixture.App.SetHours("support-sv", AppServer.NeverOpen);
        }
    });

    [Fact]
    public Task TheStaffsConversationRecordShowsAnImageAsAThumbnailAndAFileAsADownloadLink() => RunAsync(async () =>
    {
        var (agent, customer) = await ActiveChatAsync("Rut Record");
        await FileInput(customer).SetInputFilesAsync(File("cracked-cup.png", "image/png", Png));
        await FileInput(customer).SetInputFilesAsync(File("receipt.pdf", "application/pdf", Pdf));
        await Expect(agent.GetByRole(AriaRole.Link, new() { Name = "receipt.pdf" })).ToBeVisibleAsync();
        var id = Fixture.App.Scalar("SELECT Id FROM Sessions WHERE Customer_Name = 'Rut Record' ORDER BY Id DESC LIMIT 1");

        await agent.GotoAsync($"/conversations/{id}");
        var record = agent.GetByTestId("chat-record");
        await Expect(record.GetByRole(AriaRole.Img, new() { Name = "cracked-cup.png" })).ToBeVisibleAsync();
        await agent.WaitForFunctionAsync("() => document.querySelector('[data-testid=chat-record] img[alt=\"cracked-cup.png\"]')?.naturalWidth === 1");
        var link = record.GetByRole(AriaRole.Link, new() { Name = "receipt.pdf" });
        await Expect(link).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex(@"^/attachments/\d+/receipt\.pdf\?sig="));
        var download = await agent.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal(Pdf, await System.IO.File.ReadAllBytesAsync((await download.PathAsync())!));
        await AssertNoSeriousViolationsAsync(agent, "conversation record with files");
    });
}
