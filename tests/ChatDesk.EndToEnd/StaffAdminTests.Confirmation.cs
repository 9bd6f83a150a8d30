using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed partial class StaffAdminTests
{
    [Fact]
    public Task DisablingAUserAsksFirstAndCancelKeepsThemEnabled() => RunAsync(async () =>
    {
        var userName = "e2e-" + Guid.NewGuid().ToString("N")[..8];
        var admin = await OpenStaffPageAsync();
        await CreateAgentAsync(admin, userName);
        var row = admin.Locator($"tr[data-user='{userName}']");

        await admin.GetByRole(AriaRole.Button, new() { Name = $"Disable {userName}" }).ClickAsync();
        var dialog = admin.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToContainTextAsync($"Disable {userName}?");
        await Expect(dialog).ToContainTextAsync($"Nils Nyberg ({userName}) is signed out at once");
        // A destructive question starts on Cancel, so Enter right away changes nothing.
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await AssertNoSeriousViolationsAsync(admin, "disable user dialog");

        await admin.Keyboard.PressAsync("Enter");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync("Active");
        await Expect(admin.GetByTestId("staff-status")).Not.ToContainTextAsync("disabled");
        Assert.Equal("0", Fixture.App.Scalar($"SELECT Disabled FROM AspNetUsers WHERE UserName = '{userName}'"));

        // Escape cancels too.
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Disable {userName}" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" })).ToBeFocusedAsync();
        await admin.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(row).ToContainTextAsync("Active");
        Assert.Equal("0", Fixture.App.Scalar($"SELECT Disabled FROM AspNetUsers WHERE UserName = '{userName}'"));

        await admin.GetByRole(AriaRole.Button, new() { Name = $"Disable {userName}" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Disable user" }).ClickAsync();
        await Expect(admin.GetByTestId("staff-status")).ToHaveTextAsync($"{userName} is disabled and has been signed out.");
        await Expect(row).ToContainTextAsync("Disabled");
        Assert.Equal("1", Fixture.App.Scalar($"SELECT Disabled FROM AspNetUsers WHERE UserName = '{userName}'"));
    });

    [Fact]
    public Task AnAdminUploadsAStaffPhotoAndAProgramIsRefused() => RunAsync(async () =>
    {
        var admin = await OpenStaffPageAsync();
        try
        {
            await admin.GetByRole(AriaRole.Button, new() { Name = "Edit agent2" }).ClickAsync();

            await AdminFiles.ChooseAsync(admin, "Upload a photo", "setup.png", AdminFiles.Exe, "image/png");
            await Expect(admin.GetByTestId("photo-status")).ToHaveTextAsync("setup.png is not a PNG, JPEG, GIF or WebP image; nothing was saved.");
            await Expect(admin.GetByTestId("staff-photo")).ToHaveCountAsync(0);

            await AdminFiles.ChooseAsync(admin, "Upload a photo", "oskar.png", AdminFiles.Png, "image/png");
            await Expect(admin.GetByTestId("staff-photo")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("^/media/images/[0-9a-f]{32}$"));
            Assert.StartsWith("/media/images/", Fixture.App.Scalar("SELECT PhotoUrl FROM AspNetUsers WHERE UserName = 'agent2'"));
            await AssertNoSeriousViolationsAsync(admin, "staff photo uploaded");
        }
        finally
        {
            Fixture.App.Sql("UPDATE AspNetUsers SET PhotoUrl = NULL WHERE UserName = 'agent2'");
        }
    });
}
