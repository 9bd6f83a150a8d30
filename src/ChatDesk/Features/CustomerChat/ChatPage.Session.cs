using ChatDesk.Features.Conversations;
using Microsoft.JSInterop;

namespace ChatDesk.Features.CustomerChat;

// Following one chat: attach, load what is new, react to its events.
public sealed partial class ChatPage
{
    /// <summary>A reload or a rejected circuit finds the chat by the token this browser kept.</summary>
    private async Task ResumeAsync(string? token)
    {
        var found = await Flow.ResumeAsync(token, channel!.Id, Closing);
        if (found is null)
        {
            if (token is not null) await module!.InvokeVoidAsync("removeToken", Closing, TokenKey);
            return;
        }
        await AttachAsync(found);
    }

    private async Task AttachAsync(ChatSession attached)
    {
        session = attached;
        await Circuit.ShowAsync(attached.Id);
        feed.Clear();
        sessionSubscription?.Dispose();
        sessionSubscription = Events.SubscribeSession(attached.Id, e => InvokeAsync(() => GuardAsync(() => OnSessionEventAsync(e))));
        queueSubscription ??= Events.Subscribe(new ChatTopics(Channels: [channel!.Id]), e => e is SessionChanged
            ? InvokeAsync(() => GuardAsync(RefreshQueueAsync)) : Task.CompletedTask);
        // Rule 1: subscribe first, then read, so a change made in between (an instant pickup) is not missed.
        session = await Conversations.FindAsync(attached.Id, Closing) ?? attached;
        await LoadNewMessagesAsync();
        await RefreshQueueAsync();
        await LoadStepDataAsync();
        WatchDeadlines();
    }

    // What a resumed FAQ step or ticket confirmation needs to show again after a reload.
    private async Task LoadStepDataAsync()
    {
        if (session is { Status: SessionStatus.Faq } && suggestions.Count == 0 && messages.Count > 0)
            suggestions = await Flow.SuggestAsync(channel!, messages[0].Text, Closing);
        if (session is { Status: SessionStatus.Offline } && offlineInput.Name.Length == 0) offlineInput = OfflineInput(session);
        if (session is { TicketId: { } ticket }) ticketNumber = await Tickets.NumberAsync(ticket, Closing);
        await LoadAgentPhotoAsync();
    }

    private PreChatInput OfflineInput(ChatSession from) => new()
    {
        Name = from.Customer.Name, Email = from.Customer.Email, Company = from.Customer.Company ?? "",
        Phone = from.Customer.Phone ?? "", Country = from.Customer.Country ?? "",
        Question = messages.Count > 0 ? messages[0].Text : "",
    };

    private async Task OnSessionEventAsync(ChatEvent chatEvent)
    {
        switch (chatEvent)
        {
            case MessageAdded added:
                await LoadNewMessagesAsync(added);
                break;
            case SessionChanged or BusReconnected:
                session = await Conversations.FindAsync(chatEvent.SessionId, Closing) ?? session;
                await LoadNewMessagesAsync();
                await RefreshQueueAsync(); // e.g. handed off by the bot: the queue view needs its figures
                await LoadStepDataAsync();
                WatchDeadlines();
                break;
            default:
                return; // typing: only the typing line (TypingLine) renders it
        }
        StateHasChanged();
    }

    // Rule 1: the event's own message when it is the next one, else everything after the last sequence this view
    // has, so nothing is lost or doubled.
    private async Task LoadNewMessagesAsync(MessageAdded? added = null)
    {
        if (session is null) return;
        await feed.CatchUpAsync(added, (after, ct) => Conversations.MessagesAfterAsync(session.Id, after, ct), Closing);
    }

    private async Task RefreshQueueAsync()
    {
        if (session is not { Status: SessionStatus.Queued } || channel is null) return;
        if (!queueTimerStarted)
        {
            queueTimerStarted = true;
            _ = RefreshQueuePeriodicallyAsync();
        }
        queue = await Insight.ViewAsync(channel, session.Id, Closing);
        StateHasChanged();
    }

    // Event lines ("customer returned") are notes for the agent, not part of the customer's conversation.
    private IReadOnlyList<ChatMessage> CustomerMessages => messages.Where(m => m.Kind != MessageKind.Event).ToList();
}
