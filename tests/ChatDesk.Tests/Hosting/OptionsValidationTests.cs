using ChatDesk.Tests.Support;

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
    [InlineData("ConnectionStrings:ChatDesk", "Data Source=x;Bogus Key=1", "ConnectionStrings:ChatDesk")]
    public async Task ABadValueStopsStartupWithAMessageNamingTheKey(string key, string value, string namedKey)
    {
        using var database = new SharedMemoryDatabase();
        await using var factory = new ChatDeskFactory(database, new Dictionary<string, string?> { [key] = value });

        var error = Record.Exception(() => factory.Server);

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

    private static string Flatten(Exception error) =>
        error is AggregateException aggregate
            ? string.Join("\n", aggregate.Flatten().InnerExceptions.Select(e => e.Message))
            : error.Message + "\n" + (error.InnerException is { } inner ? Flatten(inner) : "");
}
