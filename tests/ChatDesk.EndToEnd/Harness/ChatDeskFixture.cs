using Microsoft.Playwright;

namespace ChatDesk.EndToEnd.Harness;

/// <summary>One real app with a real SMTP server, a real DNS server and one Chromium, shared by the browser tests.</summary>
public class ChatDeskFixture : IAsyncLifetime
{
    public ChatDeskFixture() : this(new AppServer()) { }

    protected ChatDeskFixture(AppServer app) => App = app;

    public SmtpTestServer Smtp { get; } = new();
    public DnsTestServer Dns { get; } = new();
    public AppServer App { get; }
    public IPlaywright Playwright { get; private set; } = default!;
    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Paths.TestResults);
        await Task.WhenAll(Smtp.StartAsync(), Dns.StartAsync());
        await StartAppsAsync();
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's Chromium: Playwright cannot download its own browser here.
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
    }

    /// <summary>Starts the app(s) under test once SMTP and DNS are up.</summary>
    protected virtual Task StartAppsAsync() => App.StartAsync(Smtp, Dns);

    /// <summary>A fresh, independent browser context (its own cookies and storage): one per person in a test.</summary>
    public async Task<IBrowserContext> NewContextAsync(string timezoneId = "Europe/Stockholm") =>
        await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            TimezoneId = timezoneId,
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        Playwright?.Dispose();
        await App.DisposeAsync();
        await Dns.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<ChatDeskFixture>
{
    public const string Name = "ChatDesk app";
}
