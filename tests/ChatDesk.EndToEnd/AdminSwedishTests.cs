using System.Text;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

/// <summary>The admin confirmations, pickers and upload messages in Swedish, each checked with axe.</summary>
public sealed class AdminSwedishTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public Task TheNewAdminDialogsAndStatesAreSwedishAndAccessible() => RunAsync(async () =>
    {
        Fixture.App.Sql("UPDATE AspNetUsers SET Language = 'sv' WHERE UserName = 'admin'");
        try
        {
            var admin = await SignInAsync("admin", "admin");
            await admin.GotoAsync("/admin/staff");
            await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Personal", Level = 1 })).ToBeVisibleAsync();
            await WaitUntilInteractiveAsync(admin);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Inaktivera agent2" }).ClickAsync();
            var dialog = admin.GetByRole(AriaRole.Dialog);
            await Expect(dialog).ToContainTextAsync("Inaktivera agent2?");
            await AssertNoSeriousViolationsAsync(admin, "disable dialog in Swedish");
            await admin.Keyboard.PressAsync("Escape");
            await Expect(dialog).ToHaveCountAsync(0);
            Assert.Equal("0", Fixture.App.Scalar("SELECT Disabled FROM AspNetUsers WHERE UserName = 'agent2'"));

            await admin.GotoAsync("/admin/configuration");
            await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Konfigurationsfil", Level = 1 })).ToBeVisibleAsync();
            await WaitUntilInteractiveAsync(admin);
            var file = """{ "format": "chatdesk-config", "version": 1, "channels": [ { "name": "Support", "slug": "support" } ] }""";
            await AdminFiles.ChooseAsync(admin, "Välj en fil att importera", "en.json", Encoding.UTF8.GetBytes(file), "application/json");
            await Expect(dialog).ToContainTextAsync("Importera en.json?");
            await Expect(dialog).ToContainTextAsync("1 kanal(er), varav 1 ersätter inställningarna för en befintlig kanal");
            await AssertNoSeriousViolationsAsync(admin, "import dialog in Swedish");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Avbryt" }).ClickAsync();
            await Expect(admin.GetByTestId("import-result")).ToHaveTextAsync("Importen avbröts; inget ändrades.");

            await admin.GotoAsync("/admin/channels/new");
            await WaitUntilInteractiveAsync(admin);
            await admin.GetByRole(AriaRole.Tab, new() { Name = "Utseende" }).ClickAsync();
            await admin.GetByLabel("Färg", new() { Exact = true }).FillAsync("#ffff00");
            await Expect(admin.GetByTestId("contrast-warning")).ToContainTextAsync("kontrast under 4,5:1");
            await Expect(admin.GetByTestId("colour-contrast")).ToContainTextAsync("Svart text på den: 19,5:1");
            await AdminFiles.ChooseAsync(admin, "Ladda upp en logotyp", "program.png", AdminFiles.Exe, "image/png");
            await Expect(admin.GetByTestId("logo-status")).ToHaveTextAsync("program.png är inte en PNG-, JPEG-, GIF- eller WebP-bild; inget sparades.");
            await AssertNoSeriousViolationsAsync(admin, "contrast warning and refused logo in Swedish");
        }
        finally
        {
            Fixture.App.Sql("UPDATE AspNetUsers SET Language = 'en' WHERE UserName = 'admin'");
        }
    });
}
