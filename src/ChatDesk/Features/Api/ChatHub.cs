using System.Collections.Concurrent;
using ChatDesk.Features.Conversations;
using Microsoft.AspNetCore.SignalR;

namespace ChatDesk.Features.Api;

/// <summary><c>/hubs/chat</c>: a customer's app hears its own chat change. The connection is opened with the chat
/// token (<c>access_token</c> query parameter, as SignalR clients send it, or the Authorization header), checked
/// before the hub is reached (<see cref="ChatHubGate"/>). Events only say "look": the app then reads
/// <c>GET /api/v1/chat/messages?after=…</c>, so a missed event loses nothing.</summary>
internal sealed class ChatHub(ConversationService conversations, ChatHubSubscriptions subscriptions) : Hub
{
    public const string Path = "/hubs/chat";

    public override async Task OnConnectedAsync()
    {
        if (ChatHubGate.SessionOf(Context.GetHttpContext()) is not { } session)
        {
            Context.Abort();
            return;
        }
        Context.Items[typeof(ChatSession)] = session;
        subscriptions.Add(Context.ConnectionId, session.Id);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>The customer is (no longer) typing; the agent's view shows it.</summary>
    public void Typing(bool typing)
    {
        if (Context.Items[typeof(ChatSession)] is ChatSession session) conversations.Typing(session, AuthorKind.Customer, typing);
    }
}

/// <summary>One event-bus subscription per hub connection, forwarding what the customer may see.</summary>
internal sealed class ChatHubSubscriptions(IChatEvents events, IHubContext<ChatHub> hub)
{
    private readonly ConcurrentDictionary<string, IDisposable> byConnection = new();

    public void Add(string connectionId, long sessionId)
    {
        var subscription = events.SubscribeSession(sessionId, e => ForwardAsync(connectionId, e));
        if (!byConnection.TryAdd(connectionId, subscription)) subscription.Dispose();
    }

    public void Remove(string connectionId)
    {
        if (byConnection.TryRemove(connectionId, out var subscription)) subscription.Dispose();
    }

    private Task ForwardAsync(string connectionId, ChatEvent chatEvent)
    {
        var client = hub.Clients.Client(connectionId);
        return chatEvent switch
        {
            MessageAdded m => client.SendAsync("messageCreated", new { chatId = m.SessionId, sequence = m.Sequence }),
            SessionChanged s => client.SendAsync("statusChanged", new { chatId = s.SessionId, status = MessageItem.Camel(s.Status.ToString()) }),
            // The customer's own typing is not news to them.
            TypingChanged { Who: AuthorKind.Agent } t => client.SendAsync("typing", new { chatId = t.SessionId, isTyping = t.IsTyping }),
            _ => Task.CompletedTask,
        };
    }
}

/// <summary>Refuses a hub request (negotiate or connect) without a live chat token with 401 before SignalR sees it.</summary>
internal static class ChatHubGate
{
    private static readonly object Key = new();

    public static ChatSession? SessionOf(HttpContext? http) => http?.Items[Key] as ChatSession;

    public static IApplicationBuilder UseChatHubGate(this IApplicationBuilder app) => app.UseWhen(
        c => c.Request.Path.StartsWithSegments(ChatHub.Path),
        branch => branch.Use(async (http, next) =>
        {
            var token = http.Request.Query["access_token"].FirstOrDefault() ?? ChatTokenFilter.TokenOf(http.Request);
            var conversations = http.RequestServices.GetRequiredService<ConversationService>();
            if (await conversations.FindByTokenAsync(token, http.RequestAborted) is not { } session)
            {
                http.Response.Headers.WWWAuthenticate = "Bearer";
                await ApiProblems.Problem(StatusCodes.Status401Unauthorized, token is null ? "TokenMissing" : "ChatNotFound",
                    ApiProblems.Text(http.Request)).ExecuteAsync(http);
                return;
            }
            http.Items[Key] = session;
            await next(http);
        }));
}
