using ChatDesk.Features.Conversations;

namespace ChatDesk.Tests.Features.Conversations.Bus;

/// <summary>What one subscriber heard, in order, and a way to wait for a given event (no sleeping: the wait ends when
/// the event arrives; the long guard only keeps a broken bus from hanging the run).</summary>
public sealed class EventLog
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private readonly Lock gate = new();
    private readonly List<ChatEvent> heard = [];
    private readonly List<(Func<ChatEvent, bool> Match, TaskCompletionSource<ChatEvent> Done)> waiting = [];

    public IReadOnlyList<ChatEvent> Heard
    {
        get { lock (gate) return [.. heard]; }
    }

    public Task Record(ChatEvent chatEvent)
    {
        lock (gate)
        {
            heard.Add(chatEvent);
            foreach (var wait in waiting.Where(w => w.Match(chatEvent)).ToList())
            {
                waiting.Remove(wait);
                wait.Done.TrySetResult(chatEvent);
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The first event (already heard or still to come) that matches.</summary>
    public Task<ChatEvent> WaitForAsync(Func<ChatEvent, bool> match)
    {
        lock (gate)
        {
            if (heard.FirstOrDefault(match) is { } already) return Task.FromResult(already);
            var done = new TaskCompletionSource<ChatEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiting.Add((match, done));
            return done.Task.WaitAsync(Guard);
        }
    }

    /// <summary>Forgets what was heard, so a later wait sees only what comes after.</summary>
    public void Clear()
    {
        lock (gate) heard.Clear();
    }
}
