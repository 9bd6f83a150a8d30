using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>The README's pictures of the customer page mid-chat, at a desktop and a phone size, taken from the
/// real app so they always show what ships.</summary>
public sealed class CustomerScreenshotTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private static readonly string Folder = Path.Combine(Paths.RepoRoot, "docs", "images");

    [Theory]
    [InlineData("customer-page-desktop.png", 1280, 800)]
    [InlineData("customer-page-phone.png", 390, 844)]
    public Task TheCustomerPageIsCapturedMidChat(string file, int width, int height) => RunAsync(async () =>
    {
        Directory.CreateDirectory(Folder);
        var (agent, customer) = await ActiveChatAsync("Åsa Öberg", "Hi! My order 10452 hasn't arrived yet.");
        await customer.SetViewportSizeAsync(width, height);
        await Textbox(agent, "Reply").FillAsync("Let me check… it left our warehouse yesterday: https://nordhem.example/track/10452");
        await Textbox(agent, "Reply").PressAsync("Enter");
        await Textbox(customer, "Message").FillAsync("Great, thank you!");
        await Textbox(customer, "Message").PressAsync("Enter");
        await Expect(agent.GetByRole(AriaRole.Log)).ToContainTextAsync("Great, thank you!");
        await Expect(customer.GetByRole(AriaRole.Log)).ToContainTextAsync("Great, thank you!");
        await WaitUntilInteractiveAsync(customer);

        var shot = Path.Combine(Folder, file);
        await customer.ScreenshotAsync(new() { Path = shot });
        Assert.True(new FileInfo(shot).Length > 10_000);
    });
}
