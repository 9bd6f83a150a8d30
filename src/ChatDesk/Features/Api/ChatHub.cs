using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.SignalR;

namespace ChatDesk.Features.Api;

/// <summary><c>/hubs/chat</c>: an app hears chats change. Opened with a chat token (a customer's app hears its own
/// chat) or a staff personal access token (an agent's app or a bot calls <see cref="Watch"/> for each of its own
/// chats), as the <c>access_token</c> query parameter, as SignalR clients send it, or the Authorization header,
/// checked before the hub is reached (<see cref="ChatHubGate"/>), and for staff again every few seconds while the
/// connection stays open (<see cref="StaffHubConnections"/>). Events only say "look": the app then reads the
/// messages after its last sequence, so a missed event loses nothing.</summary>
internal sealed partial class ChatHub(ConversationService conversations, AgentDesk desk, ChatHubSubscriptions subscriptions,
    StaffHubConnections staffConnections, CustomerChatFlow flow, ChannelDirectory directory) : Hub
{
    public const string Path = "/hubs/chat";

    /// <summary>Chats one staff connection may watch at once; an agent holds a handful, a bot more.</summary>
    public const int MaxWatched = 500;

    public override async Task OnConnectedAsync()
    {
        var http = Context.GetHttpContext();
        if (ChatHubGate.SessionOf(http) is { } session)
        {
            Context.Items[typeof(ChatSession)] = session;
            subscriptions.Add(Context.ConnectionId, session.Id, HubAudience.Customer);
        }
        else if (ChatHubGate.StaffOf(http) is { } staff && ChatHubGate.StaffTokenHashOf(http) is { } tokenHash)
        {
            Context.Items[typeof(StaffActor)] = staff;
            staffConnections.Add(Context, tokenHash);
        }
        else
        {
            Context.Abort();
            return;
        }
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        subscriptions.Remove(Context.ConnectionId);
        staffConnections.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>The customer is (no longer) typing; the agent's view shows it.</summary>
    public void Typing(bool typing)
    {
        if (Context.Items.TryGetValue(typeof(ChatSession), out var held) && held is ChatSession session) conversations.Typing(session, AuthorKind.Customer, typing);
    }

    /// <summary>Staff only: hear one of the user's own chats (messages, status, the customer's typing). False when the
    /// chat is not theirs (or this is a customer's connection, or it watches too many already).</summary>
    public async Task<bool> Watch(long chatId)
    {
        if (!Context.Items.TryGetValue(typeof(StaffActor), out var held) || held is not StaffActor staff) return false;
        if (subscriptions.Count(Context.ConnectionId) >= MaxWatched) return false;
        if (await desk.OwnChatAsync(staff.UserId, chatId, Context.ConnectionAborted) is null) return false;
        subscriptions.Add(Context.ConnectionId, chatId, HubAudience.Staff);
        return true;
    }
}
