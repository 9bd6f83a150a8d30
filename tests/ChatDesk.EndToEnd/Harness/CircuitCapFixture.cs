namespace ChatDesk.EndToEnd.Harness;

/// <summary>An app of its own with a per-client window cap of <see cref="PerClient"/>, so a test can fill it from one
/// browser (every test browser is 127.0.0.1) without touching the shared app. Its managed heap can be read
/// (<see cref="Heap"/>), to show that windows refused at the cap hold no memory.</summary>
public sealed class CircuitCapFixture : ChatDeskFixture
{
    public const int PerClient = 3;

    public CircuitCapFixture() : this(new HeapProbe()) { }

    private CircuitCapFixture(HeapProbe heap) : base(new AppServer(SettingsWith(heap), "app-circuit-cap.log")) => Heap = heap;

    public HeapProbe Heap { get; }

    private static Dictionary<string, string> SettingsWith(HeapProbe heap) => new(heap.Settings)
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
