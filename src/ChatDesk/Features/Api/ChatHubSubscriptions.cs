using System.Collections.Concurrent;
using ChatDesk.Features.Conversations;
using Microsoft.AspNetCore.SignalR;

namespace ChatDesk.Features.Api;

internal enum HubAudience { Customer, Staff }

/// <summary>Event-bus subscriptions per hub connection (one for a customer's chat, one per watched chat for staff),
/// forwarding what that side may see.</summary>
internal sealed class ChatHubSubscriptions(IChatEvents events, IHubContext<ChatHub> hub)
{
    private readonly ConcurrentDictionary<string, List<IDisposable>> byConnection = new();

    public void Add(string connectionId, long sessionId, HubAudience audience)
    {
        var subscription = events.SubscribeSession(sessionId, e => ForwardAsync(connectionId, audience, e));
        var list = byConnection.GetOrAdd(connectionId, _ => []);
        lock (list) list.Add(subscription);
    }

    public int Count(string connectionId)
    {
        if (!byConnection.TryGetValue(connectionId, out var list)) return 0;
        lock (list) return list.Count;
    }

    public void Remove(string connectionId)
    {
        if (!byConnection.TryRemove(connectionId, out var list)) return;
        lock (list) foreach (var subscription in list) subscription.Dispose();
    }

    // The message itself when the event carries it and this side may read it (the customer does not see event lines),
    // so an app that has sequence n − 1 needs no read; otherwise null, and the app reads after its last sequence.
    internal static MessageItem? Shown(ChatMessage? message, HubAudience audience) =>
        message is not null && (audience == HubAudience.Staff || MessageItem.CustomerSees(message)) ? MessageItem.From(message) : null;

    private Task ForwardAsync(string connectionId, HubAudience audience, ChatEvent chatEvent)
    {
        var client = hub.Clients.Client(connectionId);
        // Each side's own typing is not news to it.
        var otherSide = audience == HubAudience.Customer ? AuthorKind.Agent : AuthorKind.Customer;
        return chatEvent switch
        {
            MessageAdded m => client.SendAsync("messageCreated", new MessageCreatedEvent(m.SessionId, m.Sequence, Shown(m.Message, audience))),
            SessionChanged s => client.SendAsync("statusChanged", new { chatId = s.SessionId, status = MessageItem.Camel(s.Status.ToString()) }),
            TypingChanged t when t.Who == otherSide => client.SendAsync("typing", new { chatId = t.SessionId, isTyping = t.IsTyping }),
            _ => Task.CompletedTask,
        };
    }
}
