using ChatDesk.Hosting;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace ChatDesk.Tests.Hosting;

[Collection(AppHostCollection.Name)]
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Smtp:Port", "70000", "Smtp:Port")]
    [InlineData("Smtp:Security", "Carrier-pigeon", "Smtp:Security")]
    [InlineData("Smtp:From", "not an address", "Smtp:From")]
    [InlineData("EmailValidation:TimeoutMs", "5", "EmailValidation:TimeoutMs")]
    [InlineData("EmailValidation:NameServers", "dns.example.com", "EmailValidation:NameServers")]
    [InlineData("Demo:Password", "short", "Demo:Password")]
    [InlineData("Chat:DropGraceSeconds", "5", "Chat:DropGraceSeconds")]
    [InlineData("Chat:EndedAccessMinutes", "0", "Chat:EndedAccessMinutes")]
    [InlineData("Chat:ReturnMinutes", "31", "Chat:ReturnMinutes")] // longer than the default 30 of EndedAccessMinutes
    [InlineData("Chat:IdlePauseSeconds", "-1", "Chat:IdlePauseSeconds")]
    [InlineData("Identity:IdleMinutes", "0", "Identity:IdleMinutes")]
    [InlineData("Abuse:TicketsPerClientPerHour", "0", "Abuse:TicketsPerClientPerHour")]
    [InlineData("Abuse:ConfirmationsPerRecipientPerDay", "-1", "Abuse:ConfirmationsPerRecipientPerDay")]
    [InlineData("Abuse:TicketFormMinSeconds", "600", "Abuse:TicketFormMinSeconds")]
    [InlineData("ConnectionStrings:ChatDesk", "Data Source=x;Bogus Key=1", "ConnectionStrings:ChatDesk")]
    [InlineData("Proxy:KnownProxies", "10.0.0.1, proxy.example.com", "Proxy:KnownProxies")]
    [InlineData("Proxy:KnownNetworks", "10.0.0.0/99", "Proxy:KnownNetworks")]
    [InlineData("DataProtection:CertificatePath", "/no/such/keys.pfx", "DataProtection:CertificatePath")]
    public async Task ABadValueStopsStartupWithAMessageNamingTheKey(string key, string value, string namedKey)
    {
        using var database = new SharedMemoryDatabase();

        var error = await Record.ExceptionAsync(() => StartAsync(database, key, value));

        Assert.NotNull(error);
        Assert.True(Flatten(error).Contains(namedKey), error.ToString());
    }

    [Fact]
    public async Task GoodValuesStart()
    {
        using var database = new SharedMemoryDatabase();
        await using var factory = new ChatDeskFactory(database, new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "smtp.example.com", ["Smtp:Port"] = "587", ["Smtp:Security"] = "StartTls",
            ["EmailValidation:NameServers"] = "127.0.0.1:53, [::1]:5353", ["EmailValidation:TimeoutMs"] = "2000",
        });

        var client = factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
    }

    // Not WebApplicationFactory: when startup fails it races to dispose the host and may report an
    // ObjectDisposedException instead of the real error. Building the host directly reports the real one.
    private static async Task StartAsync(SharedMemoryDatabase database, string key, string value)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:ChatDesk"] = database.ConnectionString,
            ["ChatDesk:Database"] = database.Provider.ToString(),
            ["Demo:Seed"] = "true",
            ["Demo:Password"] = "Test-Demo-Pass-1",
            [key] = value,
        });
        builder.AddChatDesk();
        await using var app = builder.Build();
        await app.StartAsync();
        await app.StopAsync();
    }

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join("\n", aggregate.Flatten().InnerExceptions.Select(e => e.Message))
            : error.Message + "\n" + (error.InnerException is { } inner ? Flatten(inner) : "");
}
