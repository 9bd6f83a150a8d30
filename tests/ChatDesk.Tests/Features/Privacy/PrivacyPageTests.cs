using System.Security.Claims;
using Bunit;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Privacy;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ChatDesk.Tests.Features.Privacy;

/// <summary>/admin/privacy: find an address, see its chats, erase it after confirming, and a bad address is named.</summary>
public sealed class PrivacyPageTests : ComponentTestContext
{
    private readonly PrivacyWorld world = new();

    public PrivacyPageTests()
    {
        Services.AddSingleton(world.Privacy);
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetRoles(StaffRoles.Admin);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "admin-id"), new Claim(ClaimTypes.Name, "admin"));
    }

    private IRenderedComponent<PrivacyPage> RenderPage(string language = "en") =>
        Render<PrivacyPage>(p => p.AddCascadingValue(StaffText.For(language)));

    private static void Find(IRenderedComponent<PrivacyPage> page, string email)
    {
        page.Find("input[type=email]").Input(email);
        page.Find("form[data-testid=privacy-find]").Submit();
    }

    [Fact]
    public async Task FindShowsTheChatsAndEraseAfterConfirmingAnonymisesThem()
    {
        var channel = world.AddChannel("support");
        var chat = await world.AddChatAsync(channel, PrivacyWorld.Customer("Karin Lind", "karin@example.com"), world.DaysAgo(2),
            SessionStatus.Ended, "Hello", "Hi Karin");
        var dialogs = Render<MudDialogProvider>();
        var page = RenderPage();

        Find(page, "Karin@Example.com");

        page.WaitForAssertion(() => Assert.Equal("Karin@Example.com: 1 chat(s), 0 ticket(s), 0 mail(s).",
            page.Find("[data-testid=privacy-status]").TextContent));
        Assert.Contains("support", page.Find("tr[data-testid=privacy-chat]").TextContent);
        // Not awaited: the click's handler waits for the dialog's answer.
        page.FindAll("button").Single(b => b.TextContent.Trim() == "Erase…").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Erase Karin@Example.com?", dialogs.Markup));
        Assert.Equal("karin@example.com", (await world.SessionAsync(chat)).Customer.Email);

        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Erase for good").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Erased: 1 chat(s), 0 ticket(s), 0 mail(s) anonymised",
            page.Find("[data-testid=privacy-status]").TextContent));
        Assert.Equal("", (await world.SessionAsync(chat)).Customer.Email);
        Assert.Contains(await world.AuditAsync(), e => e.Action == "erased" && e.ActorName == "admin");
    }

    [Fact]
    public async Task CancellingTheConfirmationErasesNothing()
    {
        var channel = world.AddChannel("support");
        var chat = await world.AddChatAsync(channel, PrivacyWorld.Customer("Karin Lind", "karin@example.com"), world.DaysAgo(2),
            SessionStatus.Ended, "Hello");
        var dialogs = Render<MudDialogProvider>();
        var page = RenderPage();
        Find(page, "karin@example.com");
        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr[data-testid=privacy-chat]")));

        page.FindAll("button").Single(b => b.TextContent.Trim() == "Erase…").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("Erase karin@example.com?", dialogs.Markup));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Cancel").Click();

        dialogs.WaitForAssertion(() => Assert.DoesNotContain("Erase karin@example.com?", dialogs.Markup));

        Assert.Equal("karin@example.com", (await world.SessionAsync(chat)).Customer.Email);
        Assert.DoesNotContain(await world.AuditAsync(), e => e.Action == "erased");
    }

    [Fact]
    public void ABadAddressIsNamedInSwedishAndKeptInTheField()
    {
        var page = RenderPage("sv");

        Find(page, "karin.example.com");

        page.WaitForAssertion(() => Assert.Contains("Ange en e-postadress, till exempel anna@example.com.", page.Markup));
        Assert.Equal("karin.example.com", page.Find("input[type=email]").GetAttribute("value"));
        Assert.Empty(page.FindAll("tr[data-testid=privacy-chat]"));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) world.Dispose();
    }
}
