using System.Text.Json;

namespace ChatDesk.Tests.Hosting;

/// <summary>The runtime settings the app is built with, read from its runtimeconfig.json as the host reads them:
/// a misspelt MSBuild property is silently ignored (ServerGarbageCollector was, for days).</summary>
public sealed class RuntimeSettingsTests
{
    private static JsonElement Settings()
    {
        var file = Path.Combine(Path.GetDirectoryName(typeof(Program).Assembly.Location)!, "ChatDesk.runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        return json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void TheAppRunsWithWorkstationGarbageCollection() =>
        Assert.False(Settings().GetProperty("System.GC.Server").GetBoolean());

    [Fact]
    public void TheThreadPoolStartsWithEnoughThreadsForSynchronousSqliteCalls() =>
        Assert.Equal(32, Settings().GetProperty("System.Threading.ThreadPool.MinThreads").GetInt32());

    [Fact]
    public void IdlePoolThreadsDoNotSpinBeforeTheyBlock() =>
        Assert.Equal(0, Settings().GetProperty("System.Threading.ThreadPool.UnfairSemaphoreSpinLimit").GetInt32());
}
