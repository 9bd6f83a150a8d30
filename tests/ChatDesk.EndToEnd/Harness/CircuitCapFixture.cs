namespace ChatDesk.EndToEnd.Harness;

/// <summary>An app of its own with a per-client window cap of <see cref="PerClient"/>, so a test can fill it from one
/// browser (every test browser is 127.0.0.1) without touching the shared app.</summary>
public sealed class CircuitCapFixture() : ChatDeskFixture(new AppServer(Settings, "app-circuit-cap.log"))
{
    public const int PerClient = 3;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Abuse__MaxCircuitsPerClient"] = PerClient.ToString(),
        ["Abuse__MaxCircuits"] = "100",
    };
}

[CollectionDefinition(Name)]
public sealed class CircuitCapCollection : ICollectionFixture<CircuitCapFixture>
{
    public const string Name = "ChatDesk app with a low window cap";
}
