using System.Security.Claims;
using Bunit;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;

namespace ChatDesk.Tests.Features.Admin.Staff;

public sealed class AuditPageTests : ComponentTestContext
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));
    private readonly AuditLog audit;
    private readonly StaffActor admin = new("admin-id", "admin", new HashSet<string> { StaffRoles.Admin });

    public AuditPageTests()
    {
        audit = new AuditLog(database, time);
        Services.AddSingleton(audit);
        var auth = AddAuthorization();
        auth.SetAuthorized("admin");
        auth.SetRoles(StaffRoles.Admin);
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "admin-id"), new Claim(ClaimTypes.Name, "admin"));
    }

    private async Task RecordAsync(string area, string action, string subject, string details)
    {
        await audit.RecordAsync(admin, area, action, subject, details, CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(5));
    }

    private static List<List<string>> Rows(IRenderedComponent<AuditPage> page) =>
        [.. page.FindAll("tr[data-testid=audit-row]").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent).ToList())];

    [Fact]
    public async Task EntriesShowNewestFirstInTheViewersTimeZoneAndFilterByArea()
    {
        await RecordAsync("staff", "created", "user nils", "Roles: Agent");
        await RecordAsync("channel", "updated", "channel support", "PreChat.FaqSuggestions: True → False");
        JSInterop.SetupModule("./js/chat.js").Setup<string?>("timeZone").SetResult("Europe/Stockholm");

        var page = Render<AuditPage>(p => p.AddCascadingValue(StaffText.For("en")));

        page.WaitForAssertion(() => Assert.Equal(
            [
                ["2026-03-02 09:35", "admin", "Channels", "updated", "channel support", "Suggest FAQ articles before the chat: True → False"],
                ["2026-03-02 09:30", "admin", "Staff", "created", "user nils", "Roles: Agent"],
            ],
            Rows(page)));
        Assert.Equal("The latest 2 changes, newest first. Times are in Europe/Stockholm.", page.Find("caption").TextContent);

        await page.InvokeAsync(() => page.FindComponent<MudSelect<string>>().Instance.ValueChanged.InvokeAsync("staff"));

        Assert.Equal([["2026-03-02 09:30", "admin", "Staff", "created", "user nils", "Roles: Agent"]], Rows(page));
    }

    [Fact]
    public async Task ASwedishAdminReadsActionsSettingsAndEmptyValuesInSwedish()
    {
        await RecordAsync("channel", "updated", "channel support", "Look.Color: #1565c0 → #2e7d32\nLook.LogoUrl: (none) → https://example.com/logo.png");
        JSInterop.SetupModule("./js/chat.js").Setup<string?>("timeZone").SetResult("Europe/Stockholm");

        var page = Render<AuditPage>(p => p.AddCascadingValue(StaffText.For("sv")));

        page.WaitForAssertion(() => Assert.Equal(
            [["2026-03-02 09:30", "admin", "Kanaler", "ändrad", "channel support", "Färg: #1565c0 → #2e7d32\nLogotypens adress: (tomt) → https://example.com/logo.png"]],
            Rows(page)));
    }

    [Fact]
    public void TheAreaFilterStartsAtAllAreasAndSpeaksSwedish()
    {
        var page = Render<AuditPage>(p => p.AddCascadingValue(StaffText.For("sv")));

        Assert.Equal("Granskningslogg", page.Find("h1").TextContent);
        Assert.Equal("Alla områden", page.Find(".mud-select input").GetAttribute("value"));
        Assert.Equal("Inga ändringar registrerade.", page.Find("[data-testid=audit-empty]").TextContent);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) database.Dispose();
    }
}
