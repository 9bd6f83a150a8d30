using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Queue;
using ChatDesk.Features.Tickets;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ChatDesk.Features.CustomerChat;

/// <summary>The hosted customer chat: renders the step the chat is in and forwards intent to
/// <see cref="CustomerChatFlow"/> and <see cref="ConversationService"/>, which decide.</summary>
public sealed partial class ChatPage : IAsyncDisposable
{
    private static readonly TimeSpan QueueRefresh = TimeSpan.FromSeconds(10);

    // Cancelled when the window's circuit goes away, so no database or browser call outlives the page.
    private readonly CancellationTokenSource closing = new();
    private ChatChannel? channel;
    private CustomerText text = CustomerText.For("en");
    private ChatSession? session;
    // What this page shows of the chat, caught up from events without rereading what it has (MessageFeed).
    private readonly MessageFeed feed = new();
    private IReadOnlyList<ChatMessage> messages => feed.Messages;
    private readonly List<string> undelivered = [];
    private TimeZoneInfo timeZone = TimeZoneInfo.Utc;
    private string? timeZoneId;
    private IJSObjectReference? module;
    private IDisposable? sessionSubscription;
    private IDisposable? queueSubscription;
    private IDisposable? availabilitySubscription;
    private IDisposable? settingsSubscription;
    private bool started, ready, open, confirmingEnd, pendingTaken, queueTimerStarted;
    private IReadOnlyList<FaqSuggestion> suggestions = [];
    private int? ticketNumber;
    private QueueView queue = new(0, 0, null, QueueFallbackReason.None);
    private string? failure, sendError;

    [Inject] private ChannelDirectory Channels { get; set; } = default!;
    [Inject] private ChannelAvailability Availability { get; set; } = default!;
    [Inject] private ChannelSettingsChanged SettingsChanged { get; set; } = default!;
    [Inject] private ConversationService Conversations { get; set; } = default!;
    [Inject] private CustomerChatFlow Flow { get; set; } = default!;
    [Inject] private IChatEvents Events { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private CustomerCircuit Circuit { get; set; } = default!;
    [Inject] private QueueInsight Insight { get; set; } = default!;
    [Inject] private TicketService Tickets { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;

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

    private CancellationToken Closing => closing.Token;
    private string TokenKey => "chatdesk:" + Slug;
    private string PendingKey => "chatdesk:pending:c:" + Slug;
    private bool ShowsComposer => session is { Status: SessionStatus.Active or SessionStatus.Bot };

    protected override async Task OnParametersSetAsync()
    {
        channel = await Channels.FindAsync(Slug, Closing);
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
        // Not "firstRender": the first render comes as soon as OnParametersSetAsync first waits, and this call follows
        // once the browser has it, which on a busy PostgreSQL node can be before the channel is read. The page would
        // then never start (stuck at "Loading the chat…"); it starts at the first render that has its channel.
        if (channel is null) return;
        if (!started)
        {
            started = true;
            module = await JS.InvokeAsync<IJSObjectReference>("import", Closing, "./js/chat.js");
            timeZoneId = await module.InvokeAsync<string?>("timeZone", Closing) ?? "UTC";
            timeZone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : TimeZoneInfo.Utc;
            await module.InvokeVoidAsync("watchLeaving", Closing, TokenKey);
            await ResumeAsync(await module.InvokeAsync<string?>("loadToken", Closing, TokenKey));
            availabilitySubscription = Availability.OnChanged(OnAvailabilityChanged);
            settingsSubscription = SettingsChanged.OnChanged(channel.Id, OnSettingsChanged);
            open = Availability.IsOpen(channel); // presence may have changed since prerendering
            ready = true;
            StateHasChanged();
        }
        if (ready) await TakeUndeliveredAsync();
    }

    // With no composer on the page (the chat ended while texts were pending, perhaps before a reload), what the
    // browser still holds for this channel is shown as undelivered, never silently dropped.
    private async Task TakeUndeliveredAsync()
    {
        if (ShowsComposer)
        {
            pendingTaken = false;
            return;
        }
        if (pendingTaken || module is null) return;
        pendingTaken = true;
        var texts = await module.InvokeAsync<string[]?>("takePending", Closing, PendingKey);
        if (texts is not { Length: > 0 }) return;
        undelivered.AddRange(texts);
        StateHasChanged();
    }

    // Time alone moves the estimate and the fallback offer, so the queue view refreshes now and then too; started
    // the first time the chat is queued, not by every idle page (a timer per page is heap per page).
    private async Task RefreshQueuePeriodicallyAsync()
    {
        using var timer = new PeriodicTimer(QueueRefresh, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(Closing))
                await InvokeAsync(() => GuardAsync(RefreshQueueAsync));
        }
        catch (OperationCanceledException)
        {
            // The page closed.
        }
    }

    // Event and timer callbacks: a closing page ends quietly; any other failure goes to Blazor's error handling.
    private async Task GuardAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (OperationCanceledException) when (Closing.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    private static string Limit(string? value, int max) => ChatText.CleanLine(value, max);

    public async ValueTask DisposeAsync()
    {
        await closing.CancelAsync();
        StopDeadlineWatch();
        availabilitySubscription?.Dispose();
        settingsSubscription?.Dispose();
        sessionSubscription?.Dispose();
        queueSubscription?.Dispose();
        if (module is null) return;
        try
        {
            await module.DisposeAsync();
        }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException or ObjectDisposedException)
        {
            // The tab is gone already.
        }
    }
}
