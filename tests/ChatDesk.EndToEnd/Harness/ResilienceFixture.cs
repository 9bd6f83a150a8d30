namespace ChatDesk.EndToEnd.Harness;

/// <summary>An app of its own for the tests that stop, kill and restart it, so the shared app's tests never see that.
/// The connection-loss grace is 120 s (default 300), so "offline for 90 s keeps the chat" and "offline past the grace
/// ends it" both fit in a test run.</summary>
public sealed class ResilienceFixture() : ChatDeskFixture(new AppServer(Settings, "app-resilience.log"))
{
    public const int DropGraceSeconds = 120;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Chat__DropGraceSeconds"] = DropGraceSeconds.ToString(),
        // Outbox retries back off to minutes; a test that waits for SMTP to come back should not wait that long.
        ["Smtp__MaxAttempts"] = "50",
    };
}

[CollectionDefinition(Name)]
public sealed class ResilienceCollection : ICollectionFixture<ResilienceFixture>
{
    public const string Name = "ChatDesk app that is stopped and restarted";
}
