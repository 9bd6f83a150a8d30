using System.Text.RegularExpressions;
using ChatDesk.EndToEnd.Harness;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ChatDesk.EndToEnd;

public sealed class FaqAdminTests(ChatDeskFixture fixture) : BrowserTest(fixture)
{
    /// <summary>A made-up word no demo article contains, so only the test's own article can match it.</summary>
    private static string UniqueWord() =>
        "zorb" + new string(Guid.NewGuid().ToString("N")[..8].Select(c => char.IsDigit(c) ? (char)('g' + c - '0') : c).ToArray());

    private async Task<IPage> OpenFaqAdminAsync()
    {
        var admin = await SignInAsync("admin", "admin");
        await admin.GotoAsync("/admin/faq");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "FAQ administration", Level = 1 })).ToBeVisibleAsync();
        await WaitUntilInteractiveAsync(admin);
        return admin;
    }

    /// <summary>Selects a folder in the tree: its button is named by folder and article count.</summary>
    private static Task SelectFolderAsync(IPage admin, string name) =>
        admin.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"^{Regex.Escape(name)} \\(\\d+\\)$") }).ClickAsync();

    private static async Task AddArticleAsync(IPage admin, string title, string body, bool published = true, bool isPublic = true)
    {
        await admin.GetByRole(AriaRole.Button, new() { Name = "New article" }).ClickAsync();
        await admin.GetByLabel("English").CheckAsync();
        await admin.GetByLabel("Title").FillAsync(title);
        await admin.GetByLabel("Body").FillAsync(body);
        if (!published) await admin.GetByLabel("Published").UncheckAsync();
        if (!isPublic) await admin.GetByLabel("Public (customers may see it)").UncheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(admin.GetByTestId("faq-notice")).ToHaveTextAsync($"Article “{title}” saved.");
    }

    /// <summary>Runs <paramref name="test"/> with FAQ suggestions on for "support" and puts the setting back after.</summary>
    private async Task WithSupportSuggestionsAsync(Func<Task> test)
    {
        var was = Fixture.App.Scalar("SELECT PreChat_FaqSuggestions FROM Channels WHERE Slug = 'support'") == "1";
        Fixture.App.SetFaqSuggestions("support", true);
        try
        {
            await test();
        }
        finally
        {
            Fixture.App.SetFaqSuggestions("support", was);
        }
    }

    private async Task<IPage> AskOnSupportAsync(string customerName, string question)
    {
        Fixture.App.ClearQueues();
        await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, customerName, "faq-admin@" + DnsTestServer.MxDomain, question);
        return customer;
    }

    [Fact]
    public Task AnArticleAddedInTheAdminUiIsSuggestedRightAway() => RunAsync(() => WithSupportSuggestionsAsync(async () =>
    {
        // Made-up words only (and stop words), so the article never competes with other tests' questions.
        var (word, part) = (UniqueWord(), UniqueWord());
        var folder = "Gadgets " + word;
        var title = $"All about the {word}";
        var admin = await OpenFaqAdminAsync();
        // "Support FAQ" is the English root the support channel draws its suggestions from (DemoChannels).
        await SelectFolderAsync(admin, "Support FAQ");
        await admin.GetByLabel("New folder name").FillAsync(folder);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create folder" }).ClickAsync();
        await Expect(admin.GetByTestId("faq-notice")).ToHaveTextAsync($"Folder “{folder}” created.");
        await SelectFolderAsync(admin, folder);
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = $"Articles in Support FAQ / {folder}" })).ToBeVisibleAsync();

        await AddArticleAsync(admin, title, $"The {word} has a {part}.\n\n- The {part} is on the {word}\n- The {word} is not the {part}");
        await Expect(admin.GetByRole(AriaRole.Cell, new() { Name = title, Exact = true })).ToBeVisibleAsync();

        var customer = await AskOnSupportAsync("Gadget Owner", $"Where is the {part} on my {word}?");
        await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "These articles may answer your question" })).ToBeVisibleAsync();
        // The new article is the best match; weaker ones may follow it (at most three are shown).
        await Expect(customer.Locator(".faq-list li").First).ToContainTextAsync(title);
        Assert.InRange(await customer.Locator(".faq-list li").CountAsync(), 1, 3);
    }));

    [Fact]
    public Task AFolderMovedUnderAnotherShowsItsNewPath() => RunAsync(async () =>
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (moving, target) = ("Moving " + suffix, "Target " + suffix);
        var admin = await OpenFaqAdminAsync();
        foreach (var folder in new[] { target, moving })
        {
            await SelectFolderAsync(admin, "Support FAQ");
            await admin.GetByLabel("New folder name").FillAsync(folder);
            await admin.GetByRole(AriaRole.Button, new() { Name = "Create folder" }).ClickAsync();
            await Expect(admin.GetByTestId("faq-notice")).ToHaveTextAsync($"Folder “{folder}” created.");
        }
        await SelectFolderAsync(admin, moving);
        var moveTo = admin.GetByLabel("Move to");
        await Expect(moveTo.Locator("option", new() { HasText = $"Support FAQ / {target}" })).ToHaveCountAsync(1);
        await Expect(moveTo.Locator("option", new() { HasText = moving })).ToHaveCountAsync(0);

        await moveTo.SelectOptionAsync(new SelectOptionValue { Label = $"Support FAQ / {target}" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Move folder" }).ClickAsync();

        await Expect(admin.GetByTestId("faq-notice")).ToHaveTextAsync($"Folder “{moving}” moved into “Support FAQ / {target}”.");
        await Expect(admin.GetByRole(AriaRole.Heading, new() { Name = $"Articles in Support FAQ / {target} / {moving}" })).ToBeVisibleAsync();
        await Expect(admin.GetByRole(AriaRole.Listitem).Filter(new() { Has = admin.GetByRole(AriaRole.Button, new() { Name = $"{target} (0)" }) })
            .GetByRole(AriaRole.Button, new() { Name = $"{moving} (0)" })).ToBeVisibleAsync();
        Assert.Equal("1", Fixture.App.Scalar($"SELECT COUNT(*) FROM AuditEntries WHERE Area = 'faq' AND Subject = 'folder Support FAQ / {moving}' AND Details = 'Parent: Support FAQ → Support FAQ / {target}'"));
    });

    [Fact]
    public Task UnpublishedAndInternalArticlesAreNotSuggested() => RunAsync(() => WithSupportSuggestionsAsync(async () =>
    {
        var word = UniqueWord();
        var admin = await OpenFaqAdminAsync();
        await SelectFolderAsync(admin, "Support FAQ");
        await AddArticleAsync(admin, $"Draft about the {word}", $"The {word} will be explained here.", published: false);
        await AddArticleAsync(admin, $"Internal note on the {word}", $"Agents only: the {word} trick.", isPublic: false);
        await admin.GetByLabel("Search articles").FillAsync(word);
        await Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = word })).ToHaveCountAsync(2);

        var customer = await AskOnSupportAsync("Curious Customer", $"Tell me about the {word}");

        await Expect(customer.GetByText("You are number 1 in the queue.")).ToBeVisibleAsync();
        await Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "These articles may answer your question" })).ToHaveCountAsync(0);
    }));

    [Fact]
    public Task AnInvalidArticleShowsErrorsAtItsFieldsAndKeepsWhatWasTyped() => RunAsync(async () =>
    {
        var admin = await OpenFaqAdminAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "New article" }).ClickAsync();
        await admin.GetByLabel("Body").FillAsync("Looks like <b>markup</b> but stays text");
        await Expect(admin.GetByTestId("faq-preview")).ToContainTextAsync("Looks like <b>markup</b> but stays text");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Expect(admin.GetByText("'Title' must not be empty.")).ToBeVisibleAsync();
        await Expect(admin.GetByLabel("Title")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(admin.GetByLabel("Body")).ToHaveValueAsync("Looks like <b>markup</b> but stays text");
        await Expect(admin.GetByTestId("faq-notice")).ToBeEmptyAsync();
    });

    [Fact]
    public Task AnInvalidImportNamesEachProblemAndTheExportDownloadsTheFaq() => RunAsync(async () =>
    {
        var admin = await OpenFaqAdminAsync();
        await admin.GetByLabel("Import a JSON file (at most 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "faq.json", MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes("""{ "articles": [ { "folder": ["Support FAQ"], "language": "en", "title": "", "body": "Text" } ] }"""),
        });
        await Expect(admin.GetByTestId("faq-import-problems")).ToContainTextAsync("articles[0].title: 'Title' must not be empty.");

        var download = await admin.RunAndWaitForDownloadAsync(() =>
            admin.GetByRole(AriaRole.Button, new() { Name = "Export articles (JSON)" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), "faq-export-" + Guid.NewGuid().ToString("N") + ".json");
        await download.SaveAsAsync(path);
        using var json = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync(path));
        File.Delete(path);
        Assert.Equal("chatdesk-faq", json.RootElement.GetProperty("format").GetString());
        Assert.Contains(json.RootElement.GetProperty("articles").EnumerateArray(),
            a => a.GetProperty("title").GetString() == "How do I track my order?");
    });

    [Fact]
    public Task TheFaqAdminPageHasNoSeriousAccessibilityProblems() => RunAsync(async () =>
    {
        var admin = await OpenFaqAdminAsync();
        await AssertNoSeriousViolationsAsync(admin, "list");
        await SelectFolderAsync(admin, "Support FAQ");
        await admin.GetByRole(AriaRole.Button, new() { Name = "New article" }).ClickAsync();
        await AssertNoSeriousViolationsAsync(admin, "editor");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(admin.GetByText("'Title' must not be empty.")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(admin, "editor with errors");
    });

    [Fact]
    public Task AnAgentIsRefusedTheFaqAdministration() => RunAsync(async () =>
    {
        var agent = await SignInAsync("agent", "agent1");
        await Expect(agent).ToHaveURLAsync(new Regex("/agent$"));

        await agent.GotoAsync("/admin/faq");

        await Expect(agent).ToHaveURLAsync(new Regex("/account/access-denied"));
        await Expect(agent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Access denied");
    });
}
