namespace ChatDesk.Features.Conversations;

/// <summary>The messages one view shows, kept in sequence without gaps or doubles (rule 1). A <see cref="MessageAdded"/>
/// that carries the next message is appended as it is (no database read); one the view already has costs nothing;
/// anything else (a gap, an event without its message, the first load) loads once after the last sequence shown.</summary>
public sealed class MessageFeed
{
    private readonly List<ChatMessage> messages = [];
    // Events and the first load may overlap at awaits; one load at a time.
    private readonly SemaphoreSlim loading = new(1, 1);

    public IReadOnlyList<ChatMessage> Messages => messages;

    public int LastSequence => messages.Count == 0 ? 0 : messages[^1].Sequence;

    /// <summary>Brings the view up to date for this event (null: load whatever is new); returns what was added.</summary>
    public async Task<IReadOnlyList<ChatMessage>> CatchUpAsync(MessageAdded? added,
        Func<int, CancellationToken, Task<IReadOnlyList<ChatMessage>>> loadAfter, CancellationToken ct)
    {
        await loading.WaitAsync(ct);
        try
        {
            if (added is not null && added.Sequence <= LastSequence) return [];
            if (added is { Message: { } message } && added.Sequence == LastSequence + 1 && message.Sequence == added.Sequence)
            {
                messages.Add(message);
                return [message];
            }
            var after = LastSequence;
            var loaded = (await loadAfter(after, ct)).Where(m => m.Sequence > after).ToList();
            messages.AddRange(loaded);
            return loaded;
        }
        finally { loading.Release(); }
    }

    public void Clear() => messages.Clear();
}
