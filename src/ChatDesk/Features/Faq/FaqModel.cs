namespace ChatDesk.Features.Faq;

/// <summary>A sentence-embedding model once it tried to load: its encoder, or why it has none. A failure is logged
/// once per model, not once per question.</summary>
internal sealed class FaqModel(Func<string[], float[][]>? encode, Exception? error)
{
    private int warned;

    public Func<string[], float[][]>? Encode { get; } = encode;

    public static Lazy<FaqModel> Loader(Func<Func<string[], float[][]>> load) => new(() =>
    {
        try
        {
            return new FaqModel(load(), null);
        }
        catch (Exception e)
        {
            // Any failure (missing native library, unreadable model) only turns semantic ranking off.
            return new FaqModel(null, e);
        }
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    public bool Ready(ILogger log, string name)
    {
        if (Encode is not null) return true;
        if (Interlocked.Exchange(ref warned, 1) == 0)
            log.LogWarning(error, "The FAQ semantic model {Model} could not load: FAQ suggestions use keyword ranking only", name);
        return false;
    }
}

/// <summary>The vectors of recent questions: customers ask the same few things, and a hit skips the model.</summary>
internal sealed class FaqQuestionCache(int capacity)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Text, float[] Vector)>> entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, float[] Vector)> order = new();

    public float[]? Get(string text)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(text, out var node)) return null;
            order.Remove(node);
            order.AddFirst(node);
            return node.Value.Vector;
        }
    }

    public void Put(string text, float[] vector)
    {
        lock (gate)
        {
            if (entries.ContainsKey(text)) return;
            entries[text] = order.AddFirst((text, vector));
            if (entries.Count <= capacity) return;
            entries.Remove(order.Last!.Value.Text);
            order.RemoveLast();
        }
    }
}
