using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>The channel editor's colour with its contrast check, and the logo upload.</summary>
public sealed partial class ChannelAdminTests
{
    [Fact]
    public Task ALightColourWarnsThatWhiteTextOnItIsHardToRead() => RunAsync(async () =>
    {
        var admin = await OpenNewChannelAsync();
        await OpenTabAsync(admin, "Widget look");
        await Expect(admin.GetByTestId("contrast-warning")).ToHaveCountAsync(0);

        await Field(admin, "Colour").FillAsync("#ffff00");

        await Expect(admin.GetByTestId("colour-contrast")).ToContainTextAsync("White text on it: 1.0:1");
        await Expect(admin.GetByTestId("colour-contrast")).ToContainTextAsync("Black text on it: 19.5:1");
        await Expect(admin.GetByTestId("contrast-warning")).ToContainTextAsync("contrast below 4.5:1");
        await Expect(admin.GetByLabel("Pick the colour")).ToHaveValueAsync("#ffff00");
        await AssertNoSeriousViolationsAsync(admin, "colour contrast warning");

        await Field(admin, "Colour").FillAsync("#1565c0");
        await Expect(admin.GetByTestId("contrast-warning")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task TheTimeZonePickerFindsStockholmByTypingPartOfItsNameAndEnterPicksIt() => RunAsync(async () =>
    {
        var admin = await OpenNewChannelAsync();
        await OpenTabAsync(admin, "Opening hours");
        var field = Field(admin, "Time zone");
        await field.ClickAsync();
        await field.PressAsync("Control+a");

        // Typed key by key as a person does, each key a round trip that re-renders the list.
        await field.PressSequentiallyAsync("Stock", new() { Delay = 150 });

        var list = admin.Locator(".mud-popover-open");
        await Expect(list.GetByText(new Regex(@"^Europe/Stockholm \(UTC\+0[12]:00\)$"))).ToBeVisibleAsync();
        await Expect(list.GetByText(new Regex("^Europe/Berlin"))).ToHaveCountAsync(0);
        await Expect(list.GetByText(new Regex("^(Africa|America)/"))).ToHaveCountAsync(0);
        await Expect(field).ToHaveValueAsync("Stock");
        await AssertNoSeriousViolationsAsync(admin, "time-zone picker");
        await field.PressAsync("Enter");
        await Expect(field).ToHaveValueAsync(new Regex(@"^Europe/Stockholm \(UTC"));

        await field.PressAsync("Control+a");
        await field.PressSequentiallyAsync("new_y", new() { Delay = 150 });
        await Expect(list.GetByText(new Regex("^America/New_York"))).ToBeVisibleAsync();
        await Expect(list.GetByText(new Regex("^Europe/Stockholm"))).ToHaveCountAsync(0);
        await list.GetByText(new Regex("^America/New_York")).ClickAsync();
        await Expect(field).ToHaveValueAsync(new Regex(@"^America/New_York \(UTC"));
    });

    [Fact]
    public Task AnUploadedPngLogoIsShownAndAProgramRenamedPngIsRefused() => RunAsync(async () =>
    {
        var admin = await OpenNewChannelAsync();
        await OpenTabAsync(admin, "Widget look");

        await AdminFiles.ChooseAsync(admin, "Upload a logo", "setup.png", AdminFiles.Exe, "image/png");
        await Expect(admin.GetByTestId("logo-status")).ToHaveTextAsync("setup.png is not a PNG, JPEG, GIF or WebP image; nothing was saved.");
        await Expect(admin.GetByTestId("logo-image")).ToHaveCountAsync(0);
        await AssertNoSeriousViolationsAsync(admin, "logo refused");

        await AdminFiles.ChooseAsync(admin, "Upload a logo", "logo.png", AdminFiles.Png, "image/png");
        var logo = admin.GetByTestId("logo-image");
        await Expect(logo).ToHaveAttributeAsync("src", new Regex("^/media/images/[0-9a-f]{32}$"));
        await Expect(admin.GetByTestId("preview-header").Locator("img")).ToHaveCountAsync(1);
        // The browser really decoded it: the endpoint served the PNG with its type.
        await Expect(logo).ToHaveJSPropertyAsync("naturalWidth", 1);
        var response = await admin.APIRequest.GetAsync(await logo.GetAttributeAsync("src") ?? "");
        Assert.Equal("image/png", response.Headers["content-type"]);
        Assert.Equal("nosniff", response.Headers["x-content-type-options"]);
        await AssertNoSeriousViolationsAsync(admin, "logo uploaded");
    });

    private async Task<IPage> OpenNewChannelAsync()
    {
        var admin = await OpenAdminAsync();
        await admin.GotoAsync("/admin/channels/new");
        await ReadyAsync(admin, "New channel");
        return admin;
    }
}
