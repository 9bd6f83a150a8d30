using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Queue;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Tickets;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ChatDesk.Features.CustomerChat;

public sealed partial class ChatPage
{
    private ChatChannel? channel;
    private CustomerText text = CustomerText.For("en");
    private ChatSession? session;
    private readonly List<ChatMessage> messages = [];
    private TimeZoneInfo timeZone = TimeZoneInfo.Utc;
    private string? timeZoneId;
    private IJSObjectReference? module;
    private IDisposable? sessionSubscription;
    private IDisposable? queueSubscription;
    private IDisposable? availabilitySubscription;
    private readonly SendThrottle throttle = new(TimeProvider.System);
    private bool ready, open, confirmingEnd, agentTyping;
    private IReadOnlyList<FaqSuggestion> suggestions = [];
    private int? ticketNumber;
    private QueueView queue = new(0, 0, null, false);
    private Timer? queueTimer;
    private string? failure, sendError;

    [Inject] private ChannelDirectory Channels { get; set; } = default!;
    [Inject] private ChannelAvailability Availability { get; set; } = default!;
    [Inject] private ChannelSettingsChanged SettingsChanged { get; set; } = default!;
    [Inject] private ConversationService Conversations { get; set; } = default!;
    [Inject] private IChatEvents Events { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private CustomerCircuit Circuit { get; set; } = default!;
    [Inject] private QueueInsight Insight { get; set; } = default!;
    [Inject] private FaqSearchIndex Faq { get; set; } = default!;
    [Inject] private TicketService Tickets { get; set; } = default!;

    [Parameter] public string Slug { get; set; } = "";

    // Pre-fill from the embedding page (widget.js data-customer-* attributes) — never trusted, only suggested.
    [SupplyParameterFromQuery(Name = "name")] private string? PrefillName { get; set; }
    [SupplyParameterFromQuery(Name = "email")] private string? PrefillEmail { get; set; }
    [SupplyParameterFromQuery(Name = "phone")] private string? PrefillPhone { get; set; }
    [SupplyParameterFromQuery(Name = "company")] private string? PrefillCompany { get; set; }
    [SupplyParameterFromQuery(Name = "source")] private string? Source { get; set; }

    private PreChatInput prefill = new();
    // Created once when the chat turns into a request, so what the customer types there is kept across renders.
    private PreChatInput offlineInput = new();

    private string TokenKey => "chatdesk:" + Slug;

    protected override async Task OnParametersSetAsync()
    {
        channel = await Channels.FindAsync(Slug, CancellationToken.None);
        if (channel is null)
        {
            Navigation.NotFound();
            return;
        }
        text = CustomerText.For(channel.Language);
        open = Availability.IsOpen(channel);
        prefill = new PreChatInput
        {
            Name = Limit(PrefillName, 200), Email = Limit(PrefillEmail, 254),
            Phone = Limit(PrefillPhone, 50), Company = Limit(PrefillCompany, 200),
        };
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && channel is not null)
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./js/chat.js");
            timeZoneId = await module.InvokeAsync<string>("timeZone");
            timeZone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
            await ResumeAsync(await module.InvokeAsync<string?>("loadToken", TokenKey));
            availabilitySubscription = Availability.OnChanged(OnAvailabilityChanged);
            SettingsChanged.Changed += OnSettingsChanged;
            open = Availability.IsOpen(channel); // presence may have changed since prerendering
            // Time alone moves the estimate and the fallback offer, so refresh now and then too.
            queueTimer = new Timer(_ => InvokeAsync(RefreshQueueAsync), null, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10));
            ready = true;
            StateHasChanged();
        }
    }

    /// <summary>A reload or a reconnect finds the chat by the token this browser kept; a forged, expired
    /// or foreign token simply starts fresh and never shows another chat.</summary>
    private async Task ResumeAsync(string? token)
    {
        var found = await Conversations.FindByTokenAsync(token, CancellationToken.None);
        if (found is null || found.ChannelId != channel!.Id || found.Status is SessionStatus.Abandoned or SessionStatus.PreChat)
        {
            if (token is not null) await module!.InvokeVoidAsync("removeToken", TokenKey);
            return;
        }
        await AttachAsync(found);
    }

    private async Task AttachAsync(ChatSession attached)
    {
        session = attached;
        await Circuit.ShowAsync(attached.Id);
        messages.Clear();
        sessionSubscription?.Dispose();
        sessionSubscription = Events.SubscribeSession(attached.Id, e => InvokeAsync(() => OnSessionEventAsync(e)));
        queueSubscription ??= Events.SubscribeChannels(e => e.ChannelId == channel!.Id && e is SessionChanged
            ? InvokeAsync(RefreshQueueAsync) : Task.CompletedTask);
        // Rule 1: subscribe first, then read, so a change made in between (an instant pickup) is not missed.
        session = await Conversations.FindAsync(attached.Id, CancellationToken.None) ?? attached;
        await LoadNewMessagesAsync();
        await RefreshQueueAsync();
        await LoadStepDataAsync();
    }

    // What a resumed FAQ step or ticket confirmation needs to show again after a reload.
    private async Task LoadStepDataAsync()
    {
        if (session is { Status: SessionStatus.Faq } && suggestions.Count == 0 && messages.Count > 0)
            suggestions = await SuggestAsync(messages[0].Text);
        if (session is { Status: SessionStatus.Offline } && offlineInput.Name.Length == 0) offlineInput = OfflineInput(session);
        if (session is { TicketId: { } ticket }) ticketNumber = await Tickets.NumberAsync(ticket, CancellationToken.None);
    }

    private async Task<IReadOnlyList<FaqSuggestion>> SuggestAsync(string question) =>
        channel!.PreChat.FaqSuggestions
            ? await Faq.SuggestAsync(channel.PreChat.FaqFolderId, channel.Language, question, 3, CancellationToken.None)
            : [];

    private PreChatInput OfflineInput(ChatSession session) => new()
    {
        Name = session.Customer.Name, Email = session.Customer.Email, Company = session.Customer.Company ?? "",
        Phone = session.Customer.Phone ?? "", Country = session.Customer.Country ?? "",
        Question = messages.Count > 0 ? messages[0].Text : "",
    };

    private async Task OnSessionEventAsync(ChatEvent chatEvent)
    {
        try
        {
            switch (chatEvent)
            {
                case MessageAdded:
                    await LoadNewMessagesAsync();
                    break;
                case SessionChanged:
                    session = await Conversations.FindAsync(chatEvent.SessionId, CancellationToken.None) ?? session;
                    await LoadNewMessagesAsync();
                    await LoadStepDataAsync();
                    break;
                case TypingChanged typing when typing.Who == AuthorKind.Agent:
                    agentTyping = typing.IsTyping;
                    break;
            }
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    // Rule 1: load everything after the last sequence this view has, so nothing is lost or doubled.
    private async Task LoadNewMessagesAsync()
    {
        if (session is null) return;
        var after = messages.Count == 0 ? 0 : messages[^1].Sequence;
        var added = await Conversations.MessagesAfterAsync(session.Id, after, CancellationToken.None);
        if (added.Count == 0) return;
        messages.AddRange(added);
        if (added.Any(m => m.Author == AuthorKind.Agent)) agentTyping = false;
    }

    private async Task RefreshQueueAsync()
    {
        if (session is not { Status: SessionStatus.Queued } || channel is null) return;
        queue = await Insight.ViewAsync(channel, session.Id, CancellationToken.None);
        StateHasChanged();
    }

    // Event lines ("customer returned") are notes for the agent, not part of the customer's conversation.
    private IReadOnlyList<ChatMessage> CustomerMessages => messages.Where(m => m.Kind != MessageKind.Event).ToList();

    private static string Limit(string? value, int max) => ChatText.CleanLine(value, max);

    /// <summary>The page the customer came from: the widget's source, else this page.</summary>
    private string SourceUrl() =>
        Uri.TryCreate(Source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.ToString() : Navigation.Uri;

    private string QueueText()
    {
        if (queue.Position < 1) return text["QueueWaiting"];
        var wait = queue.EstimatedMinutes is { } minutes ? text.Format("QueueWait", minutes) : "";
        // A channel's own queue message wins; {wait} is empty until there is enough data for an estimate.
        if (!string.IsNullOrWhiteSpace(channel!.QueueMessage))
            return channel.QueueMessage.Replace("{position}", queue.Position.ToString()).Replace("{wait}", wait).Trim();
        return (text.Format("QueuePosition", queue.Position) + " " + wait).Trim();
    }

    private async Task StartAsync(PreChatInput input, string email)
    {
        failure = null;
        suggestions = await SuggestAsync(input.Question);
        var customer = input.ToCustomer(email, timeZoneId);
        // Without a pre-chat form (or a name) the agent still needs something to call the customer.
        if (customer.Name.Length == 0) customer.Name = text["Visitor"];
        var started = await Conversations.StartAsync(channel!.Id, customer, input.Question,
            SourceUrl(), CancellationToken.None, suggestions.Select(s => s.ArticleId).ToList());
        await module!.InvokeVoidAsync("saveToken", TokenKey, started.PublicToken);
        await AttachAsync(started);
        StateHasChanged();
    }

    private async Task<bool> SendAsync(string message, Guid clientId)
    {
        sendError = null;
        if (session is null || string.IsNullOrWhiteSpace(message)) return false;
        if (await Conversations.WasSentAsync(session.Id, clientId, CancellationToken.None)) return true; // a retry
        if (!throttle.TryTake())
        {
            sendError = text["TooFast"];
            StateHasChanged();
            return false;
        }
        var result = await Conversations.SendAsync(session.Id, AuthorKind.Customer, session.Customer.Name, clientId, message, CancellationToken.None);
        if (result == SendResult.NotActive) sendError = text["NotActive"];
        StateHasChanged();
        return result is SendResult.Sent or SendResult.Duplicate;
    }

    private Task TypingAsync(bool typing)
    {
        if (session is not null) Conversations.Typing(session, AuthorKind.Customer, typing);
        return Task.CompletedTask;
    }

    private async Task EndAsync()
    {
        confirmingEnd = false;
        if (session is not null) await Conversations.EndAsync(session.Id, EndReason.Customer, CancellationToken.None);
    }

    private async Task LeaveQueueAsync()
    {
        if (session is not null) await Conversations.EndAsync(session.Id, EndReason.Abandoned, CancellationToken.None);
    }

    private async Task LeaveRequestAsync()
    {
        if (session is not null) await Conversations.GoOfflineAsync(session.Id, CancellationToken.None);
    }

    private async Task NewChatAsync()
    {
        sessionSubscription?.Dispose();
        sessionSubscription = null;
        session = null;
        await Circuit.ShowAsync(null);
        messages.Clear();
        if (module is not null) await module.InvokeVoidAsync("removeToken", TokenKey);
        open = channel is not null && Availability.IsOpen(channel);
    }

    private void OnAvailabilityChanged() => _ = InvokeAsync(() =>
    {
        if (channel is null) return;
        open = Availability.IsOpen(channel);
        StateHasChanged();
    });

    // An admin saved this channel: show its new hours, forms and texts now, keeping whatever the customer typed.
    private void OnSettingsChanged(int channelId)
    {
        if (channel?.Id == channelId) _ = InvokeAsync(ReloadChannelAsync);
    }

    private async Task ReloadChannelAsync()
    {
        try
        {
            if (channel is null) return;
            var fresh = await Channels.FindByIdAsync(channel.Id, CancellationToken.None);
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
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    public async ValueTask DisposeAsync()
    {
        availabilitySubscription?.Dispose();
        SettingsChanged.Changed -= OnSettingsChanged;
        queueTimer?.Dispose();
        sessionSubscription?.Dispose();
        queueSubscription?.Dispose();
        if (module is not null)
        {
            try { await module.DisposeAsync(); }
            catch (JSDisconnectedException) { }
        }
    }
}
