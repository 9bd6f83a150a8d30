using ChatDesk.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChatDesk.Tests.Support;

/// <summary>The whole app in memory over a private SQLite in-memory database that lives as long as the factory
/// (or longer, when a test hands the same database to a second factory to simulate a restart).</summary>
public sealed class ChatDeskFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> settings;

    public ChatDeskFactory(SharedMemoryDatabase database, IDictionary<string, string?>? settings = null)
    {
        Database = database;
        this.settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatDesk"] = database.ConnectionString,
            ["ChatDesk:Database"] = database.Provider.ToString(),
            // Outside Development the demo is seeded only when asked for; most tests work in the demo company.
            ["Demo:Seed"] = "true",
            ["Demo:Password"] = "Test-Demo-Pass-1",
            // Tests count chats; the demo's seeded history (DemoHistoryTests) is turned on where it is the subject.
            ["Demo:History"] = "false",
            ["EmailValidation:CheckDomain"] = "false",
            // Semantic FAQ ranking embeds every demo article at each app start; the tests that need it turn it on.
            ["Faq:Semantic"] = "false",
            ["Smtp:PickupDirectory"] = Path.Combine(Path.GetTempPath(), "chatdesk-tests-outbox"),
        };
        // A null value removes a default above (say Demo:Seed, to see what the environment alone decides).
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            if (value is null) this.settings.Remove(key);
            else this.settings[key] = value;
        }
    }

    public SharedMemoryDatabase Database { get; }

    /// <summary>Counts the app's database commands per window (<see cref="CommandCounter.Begin"/>).</summary>
    public CommandCounter Commands { get; } = new();

    /// <summary>"Testing" unless a test sets another before the host starts (a Production or Development start).</summary>
    public string Environment { get; init; } = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<ChatDeskDbContext>(o => o.AddInterceptors(Commands)));
    }
}

/// <summary>WebApplicationFactory finds the app's host through a process-wide DiagnosticListener, so two
/// factories starting at once can catch each other's host: classes that start one run in this collection.</summary>
[CollectionDefinition(Name)]
public sealed class AppHostCollection
{
    public const string Name = "App host";
}
