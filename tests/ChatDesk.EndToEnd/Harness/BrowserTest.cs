using System.Runtime.CompilerServices;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>Base for browser tests: named pages in independent contexts, and a screenshot plus the HTML of
/// every page under TestResults when a test fails.</summary>
[Collection(AppCollection.Name)]
public abstract class BrowserTest(ChatDeskFixture fixture) : BrowserTestBase(fixture);

/// <summary>The browser test helpers, whichever app (collection) the test runs against.</summary>
public abstract class BrowserTestBase(ChatDeskFixture fixture) : IAsyncLifetime
{
    private readonly List<(string Name, IPage Page)> pages = [];
    private readonly List<IBrowserContext> contexts = [];
    private readonly ContentSecurityWatch contentSecurity = new();

    protected ChatDeskFixture Fixture => fixture;
    protected string BaseUrl => fixture.App.BaseUrl;

    /// <summary>A page in its own browser context: a customer and an agent never share cookies.</summary>
    protected async Task<IPage> OpenAsync(string name, string timezoneId = "Europe/Stockholm")
    {
        var context = await fixture.NewContextAsync(timezoneId);
        context.SetDefaultTimeout(10_000);
        contexts.Add(context);
        contentSecurity.Watch(name, context);
        var page = await context.NewPageAsync();
        pages.Add((name, page));
        return page;
    }

    protected async Task<IPage> SignInAsync(string name, string userName, string? password = null)
    {
        var page = await OpenAsync(name);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password ?? AppServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        return page;
    }

    /// <summary>An agent with the workspace open and connected, so they count as present.</summary>
    protected async Task<IPage> OpenWorkspaceAsync(string name, string userName)
    {
        var agent = await SignInAsync(name, userName);
        await Assertions.Expect(agent.GetByTestId("presence")).ToHaveTextAsync("Present");
        return agent;
    }

    /// <summary>A live chat on "support" between agent1 (Anna) and a new customer, both message boxes ready.</summary>
    protected async Task<(IPage Agent, IPage Customer)> ActiveChatAsync(string name, string question = "Hello")
    {
        fixture.App.ClearQueues();
        fixture.App.SetFaqSuggestions("support", false);
        var agent = await OpenWorkspaceAsync("agent", "agent1");
        var customer = await OpenAsync("customer");
        await customer.GotoAsync("/chat/support");
        await FillPreChatAsync(customer, name, "customer@" + DnsTestServer.MxDomain, question);
        await agent.GetByRole(AriaRole.Button, new() { Name = $"Accept chat from {name}" }).ClickAsync();
        await Assertions.Expect(customer.GetByText("You are chatting with Anna")).ToBeVisibleAsync();
        // Both message boxes ready before any test types or cuts the connection.
        await Assertions.Expect(Textbox(customer, "Message")).ToBeVisibleAsync();
        await Assertions.Expect(Textbox(agent, "Reply")).ToBeVisibleAsync();
        return (agent, customer);
    }

    /// <summary>Fills the English pre-chat form and presses ENTER in the question.</summary>
    protected static async Task FillPreChatAsync(IPage customer, string name, string email, string question)
    {
        await customer.GetByLabel("Name").FillAsync(name);
        await customer.GetByLabel("E-mail").FillAsync(email);
        await Textbox(customer, "Your question").FillAsync(question);
        await Textbox(customer, "Your question").PressAsync("Enter");
    }

    /// <summary>Fills the Swedish pre-chat form (support-sv) and presses ENTER in the question.</summary>
    protected static async Task FillSwedishPreChatAsync(IPage customer, string name, string email, string question)
    {
        await customer.GetByLabel("Namn").FillAsync(name);
        await customer.GetByLabel("E-post").FillAsync(email);
        await Textbox(customer, "Din fråga").FillAsync(question);
        await Textbox(customer, "Din fråga").PressAsync("Enter");
    }

    /// <summary>A message box, once its ENTER key is wired up in the browser (as a person would wait to see it work).</summary>
    protected static ILocator Textbox(IPage page, string name) =>
        page.GetByRole(AriaRole.Textbox, new() { Name = name, Exact = true }).And(page.Locator("textarea[data-ready=true]"));

    /// <summary>Waits until the page is as a person meets it: Blazor started, title set, message boxes wired.</summary>
    protected static async Task WaitUntilInteractiveAsync(IPage page)
    {
        await page.WaitForFunctionAsync("""
            () => document.documentElement.getAttribute('data-blazor') === 'started' && document.title.length > 0
                && !document.querySelector('textarea[data-ready=false]')
            """);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>axe-core in the page: no violation of serious or critical impact.</summary>
    protected static async Task AssertNoSeriousViolationsAsync(IPage page, string? state = null)
    {
        await WaitUntilInteractiveAsync(page);
        // axe reads computed colours: an element caught mid-fade (a tab panel, a floating label) would be measured
        // half-transparent and fail contrast although a person only ever sees the settled colour.
        await page.AddStyleTagAsync(new() { Content = "*, *::before, *::after { transition: none !important; animation: none !important; }" });
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, (state is null ? "" : state + ":\n") + string.Join("\n", serious.Select(v =>
            $"{v.Impact}: {v.Id} — {v.Help} at {string.Join(", ", v.Nodes.Select(n => $"{n.Target} ({string.Join("; ", n.Any.Select(c => c.Message))})"))}")));
    }

    protected async Task RunAsync(Func<Task> test, [CallerMemberName] string testName = "")
    {
        var logStart = fixture.App.ReadLog().Length;
        try
        {
            await test();
            contentSecurity.AssertNone();
        }
        catch (Exception failure)
        {
            await SaveArtifactsAsync(testName);
            // A circuit the app ended shows in the browser only as elements that never come: name the cause.
            if (CircuitCrashes.Since(fixture.App.ReadLog(), logStart) is { } crashes)
                throw new CircuitCrashedException(crashes, failure);
            throw;
        }
    }

    private async Task SaveArtifactsAsync(string testName)
    {
        var folder = Path.Combine(Paths.TestResults, GetType().Name + "." + testName);
        Directory.CreateDirectory(folder);
        foreach (var (name, page) in pages)
        {
            try
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
                await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await page.ContentAsync());
            }
            catch (PlaywrightException)
            {
                // The page may be closed already; keep what we could save.
            }
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "app.log"), fixture.App.ReadLog());
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var context in contexts) await context.DisposeAsync();
        // Also for tests that do not go through RunAsync: a page the policy broke fails its test.
        contentSecurity.AssertNone();
    }
}
