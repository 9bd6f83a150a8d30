namespace ChatDesk.EndToEnd.Harness;

/// <summary>An app of its own whose customer pages pause after two idle seconds (Chat:IdlePauseSeconds), so the shared
/// app's tests never meet a paused page.</summary>
public sealed class IdlePauseFixture() : ChatDeskFixture(new AppServer(Settings, "app-idle-pause.log"))
{
    public const int IdleSeconds = 2;

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["Chat__IdlePauseSeconds"] = IdleSeconds.ToString(),
        // Blazor's own record of the pause, which the test reads.
        ["Logging__LogLevel__Microsoft.AspNetCore.Components.Server.Circuits.CircuitRegistry"] = "Debug",
    };
}

[CollectionDefinition(Name)]
public sealed class IdlePauseCollection : ICollectionFixture<IdlePauseFixture>
{
    public const string Name = "ChatDesk app whose idle customer pages pause quickly";
}
