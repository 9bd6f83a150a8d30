using ChatDesk.Features.Conversations;
using ChatDesk.Resources;
using Microsoft.JSInterop;

namespace ChatDesk.Features.CustomerChat;

// What the customer asks for, forwarded to the services that decide.
public sealed partial class ChatPage
{
    private async Task StartAsync(PreChatInput input, string email)
    {
        failure = null;
        var started = await Flow.StartAsync(channel!, input, email, timeZoneId,
            CustomerChatFlow.SourceUrl(Source, Navigation.Uri), Closing);
        suggestions = started.Suggestions;
        await module!.InvokeVoidAsync("saveToken", Closing, TokenKey, started.Session.IssuedToken);
        await AttachAsync(started.Session);
        StateHasChanged();
    }

    private async Task<ComposerOutcome> SendAsync(string message, Guid clientId)
    {
        var sent = await Flow.SendAsync(session, message, clientId, Closing);
        sendError = sent.ProblemKey is { } key ? text[key] : null;
        // Kept for the notice the page shows once the composer is gone with the ended chat.
        if (sent.Outcome == ComposerOutcome.Ended && !string.IsNullOrWhiteSpace(message)) undelivered.Add(message);
        StateHasChanged();
        return sent.Outcome;
    }

    // Debounced in the flow: at most one start and one stop a few seconds apart, however fast the customer types.
    private void Typing(bool typing) => Flow.Typing(session, typing);

    private async Task EndAsync()
    {
        confirmingEnd = false;
        if (session is not null) await Conversations.EndAsync(session.Id, EndReason.Customer, Closing);
    }

    private async Task LeaveQueueAsync()
    {
        if (session is not null) await Conversations.EndAsync(session.Id, EndReason.Abandoned, Closing);
    }

    private async Task LeaveRequestAsync()
    {
        if (session is not null) await Conversations.GoOfflineAsync(session.Id, Closing);
    }

    private async Task NewChatAsync()
    {
        StopDeadlineWatch();
        sessionSubscription?.Dispose();
        sessionSubscription = null;
        session = null;
        await Circuit.ShowAsync(null);
        feed.Clear();
        if (module is not null) await module.InvokeVoidAsync("removeToken", Closing, TokenKey);
        open = channel is not null && Availability.IsOpen(channel);
    }

    private void OnAvailabilityChanged() => _ = InvokeAsync(() =>
    {
        if (channel is null) return;
        open = Availability.IsOpen(channel);
        StateHasChanged();
    });

    // An admin saved this channel: show its new hours, forms and texts now, keeping whatever the customer typed.
    private void OnSettingsChanged() => _ = InvokeAsync(() => GuardAsync(ReloadChannelAsync));

    private async Task ReloadChannelAsync()
    {
        if (channel is null) return;
        var fresh = await Channels.FindByIdAsync(channel.Id, Closing);
        if (fresh is null)
        {
            // Deleted: a full load of the same address shows the unknown-channel page.
            Navigation.NavigateTo(Navigation.Uri, forceLoad: true);
            return;
        }
        channel = fresh;
        text = CustomerText.For(channel.Language);
        open = Availability.IsOpen(channel);
        StateHasChanged();
    }
}
