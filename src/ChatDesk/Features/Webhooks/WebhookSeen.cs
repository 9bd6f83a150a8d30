using System.Collections.Concurrent;

namespace ChatDesk.Features.Webhooks;

/// <summary>Chat versions whose move to "active" the capture already reported (a transfer, a return to the same
/// agent), so the event-bus fallback, which sees only "the chat is active now", does not call them an accept; and
/// messages it captured, so the fallback does not look them up again.
/// Bounded: old entries are dropped, the bus event follows its commit within moments.</summary>
internal sealed class WebhookSeen
{
    private const int Limit = 10_000;
    private readonly ConcurrentDictionary<(string, long, int), byte> seen = new();

    public const string Chat = "chat";
    public const string Message = "message";

    /// <param name="kind"><see cref="Chat"/> with the chat's version, or <see cref="Message"/> with its sequence.</param>
    public void Add(string kind, long sessionId, int number)
    {
        if (sessionId <= 0) return; // a chat new in this commit: no bus event names it before its id is known
        if (seen.Count >= Limit) seen.Clear();
        seen[(kind, sessionId, number)] = 0;
    }

    public bool Contains(string kind, long sessionId, int number) => seen.ContainsKey((kind, sessionId, number));
}
