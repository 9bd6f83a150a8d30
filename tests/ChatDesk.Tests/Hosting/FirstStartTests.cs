using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatDesk.Tests.Hosting;

/// <summary>What an empty database gets on first start, by environment and Demo:Seed.</summary>
[Collection(AppHostCollection.Name)]
public sealed class FirstStartTests : IDisposable
{
    private readonly SharedMemoryDatabase database = new();

    // Null removes the factory's Demo:Seed=true: the environment alone decides.
    private ChatDeskFactory Start(string environment, string? seed = null, string password = "Test-Demo-Pass-1") =>
        new(database, new Dictionary<string, string?> { ["Demo:Seed"] = seed, ["Demo:Password"] = password }) { Environment = environment };

    [Fact]
    public async Task AProductionStartOnAnEmptyDatabaseCreatesNoUser()
    {
        await using var factory = Start("Production");
        _ = factory.Server;

        Assert.Equal(0, database.Count("AspNetUsers"));
        Assert.Equal(0, database.Count("Channels"));
        Assert.Equal(3, database.Count("AspNetRoles"));
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Testing")]
    public async Task NoEnvironmentButDevelopmentSeedsTheDemoUnasked(string environment)
    {
        await using var factory = Start(environment);
        _ = factory.Server;

        Assert.Equal(0, database.Count("AspNetUsers"));
    }

    [Fact]
    public async Task DemoSeedTrueForcesTheDemoInProduction()
    {
        await using var factory = Start("Production", seed: "true");
        _ = factory.Server;

        Assert.Equal(4, database.Count("AspNetUsers"));
    }

    [Fact]
    public async Task DemoSeedFalseKeepsDevelopmentEmpty()
    {
        await using var factory = Start("Development", seed: "false");
        _ = factory.Server;

        Assert.Equal(0, database.Count("AspNetUsers"));
    }

    [Fact]
    public async Task ADevelopmentStartSeedsTheDemoAndTheLogHoldsNoPassword()
    {
        const string password = "Dev-Log-Secret-7";
        var log = new LogCapture();
        await using var factory = Start("Development", password: password);
        using var logged = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Logging:LogLevel:Default", "Trace");
            b.ConfigureLogging(l => l.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        });
        // The banner is written when the host reports it started, before the first request is served.
        using var client = logged.CreateClient();
        await client.GetStringAsync("/account/login");

        Assert.Equal(4, database.Count("AspNetUsers"));
        Assert.Contains("Demo accounts: admin, supervisor, agent1, agent2 (password: see", log.Text);
        Assert.DoesNotContain(password, log.Text);
    }

    public void Dispose() => database.Dispose();
}
