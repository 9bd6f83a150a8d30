using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class TemplateAdminTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    private async Task<IPage> OpenTemplatesAsync()
    {
        var admin = await SignInAsync("admin", "admin");
        await admin.GotoAsync("/admin/templates");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Reply templates", Level = 1 })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(admin);
        return admin;
    }

    [Fact]
    public Task ANewTemplateShowsItsPlaceholdersAndAPreviewWithSampleValues() => RunAsync(async () =>
    {
        var name = "Follow-up " + Guid.NewGuid().ToString("N")[..8];
        var admin = await OpenTemplatesAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "New template" }).ClickAsync();

        var placeholders = admin.GetByTestId("placeholders");
        await Expect(placeholders.Locator("code")).ToHaveTextAsync(["{customer.name}", "{agent.name}"]);
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await admin.GetByLabel("Body").FillAsync("Hi ");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Insert {customer.name}" }).ClickAsync();
        // As a person would: see the placeholder arrive before typing on. Focus stays in the body, so typing goes on there.
        await Expect(admin.GetByLabel("Body")).ToHaveValueAsync("Hi {customer.name}");
        await admin.Keyboard.TypeAsync(", this is ");
        await Expect(admin.GetByLabel("Body")).ToHaveValueAsync("Hi {customer.name}, this is ");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Insert {agent.name}" }).ClickAsync();

        await Expect(admin.GetByLabel("Body")).ToHaveValueAsync("Hi {customer.name}, this is {agent.name}");
        await Expect(admin.GetByTestId("template-preview")).ToContainTextAsync("Hi Alex Sample, this is Anna");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(admin.GetByTestId("template-notice")).ToHaveTextAsync($"Template “{name}” saved.");
        await Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = name })).ToContainTextAsync("Reply template");
        Assert.Equal("1", Fixture.App.Scalar($"SELECT COUNT(*) FROM AuditEntries WHERE Area = 'template' AND Action = 'created' AND Subject LIKE '%{name}%'"));
    });

    [Fact]
    public Task APlaceholderGoesInAtTheCaretAndTheSavedBodyIsWhatTheBoxShows() => RunAsync(async () =>
    {
        var name = "Welcome " + Guid.NewGuid().ToString("N")[..8];
        var admin = await OpenTemplatesAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "New template" }).ClickAsync();
        await admin.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        var body = admin.GetByLabel("Body");
        await body.FillAsync("Hi , welcome");
        await body.FocusAsync();
        await body.EvaluateAsync("el => el.setSelectionRange(3, 3)");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Insert {customer.name}" }).ClickAsync();

        await Expect(body).ToHaveValueAsync("Hi {customer.name}, welcome");
        await Expect(body).ToBeFocusedAsync();
        await Expect(admin.GetByTestId("template-preview")).ToContainTextAsync("Hi Alex Sample, welcome");
        // The caret sits after the placeholder: what is typed next follows it.
        await admin.Keyboard.TypeAsync(" and");
        await Expect(body).ToHaveValueAsync("Hi {customer.name} and, welcome");
        await Expect(admin.GetByTestId("template-preview")).ToContainTextAsync("Hi Alex Sample and, welcome");

        // A selection is replaced by the placeholder.
        await body.EvaluateAsync("el => el.setSelectionRange(0, 2)");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Insert {agent.name}" }).ClickAsync();
        await Expect(body).ToHaveValueAsync("{agent.name} {customer.name} and, welcome");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(admin.GetByTestId("template-notice")).ToHaveTextAsync($"Template “{name}” saved.");
        Assert.Equal("{agent.name} {customer.name} and, welcome", Fixture.App.Scalar($"SELECT Body FROM ReplyTemplates WHERE Name = '{name}'"));
    });

    [Fact]
    public Task ASystemTemplateOffersItsOwnPlaceholdersAndCannotBeDeleted() => RunAsync(async () =>
    {
        var admin = await OpenTemplatesAsync();
        var transcript = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "Chat transcript" }).Filter(new() { HasText = "English" });
        await Expect(transcript).ToContainTextAsync("System");
        await Expect(transcript.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Delete") })).ToHaveCountAsync(0);

        await transcript.GetByRole(AriaRole.Button, new() { Name = "Edit Chat transcript" }).ClickAsync();

        await Expect(admin.GetByTestId("placeholders")).ToContainTextAsync("{messages}");
        await Expect(admin.GetByTestId("template-preview")).ToContainTextAsync("Your chat with Example Support on 14 March 2026");
        await Expect(admin.GetByTestId("template-preview")).ToContainTextAsync("Hello, where is my parcel?");
    });

    [Fact]
    public Task TheTemplatesPageHasNoSeriousAccessibilityProblems() => RunAsync(async () =>
    {
        var admin = await OpenTemplatesAsync();
        await AssertNoSeriousViolationsAsync(admin, "list");
        await admin.GetByRole(AriaRole.Button, new() { Name = "New template" }).ClickAsync();
        await AssertNoSeriousViolationsAsync(admin, "editor");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(admin.GetByText("'Name' must not be empty.")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(admin, "editor with errors");
    });

    [Fact]
    public Task AnAgentIsRefusedTheTemplateAdministration() => RunAsync(async () =>
    {
        var agent = await SignInAsync("agent", "agent1");
        await Expect(agent).ToHaveURLAsync(new Regex("/agent$"));

        await agent.GotoAsync("/admin/templates");

        await Expect(agent).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Access denied");
    });
}
