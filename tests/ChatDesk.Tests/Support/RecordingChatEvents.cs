using System.Collections.Concurrent;
using ChatDesk.Features.Conversations;

namespace ChatDesk.Tests.Support;

/// <summary>A hand-written event hub fake that remembers what was published.</summary>
public sealed class RecordingChatEvents : IChatEvents
{
    public ConcurrentQueue<ChatEvent> Published { get; } = new();

    public IDisposable SubscribeSession(long sessionId, Func<ChatEvent, Task> handler) => new Nothing();
    public IDisposable SubscribeChannels(Func<ChatEvent, Task> handler) => new Nothing();
    public void Publish(ChatEvent chatEvent) => Published.Enqueue(chatEvent);

    private sealed class Nothing : IDisposable
    {
        public void Dispose() { }
    }
}
