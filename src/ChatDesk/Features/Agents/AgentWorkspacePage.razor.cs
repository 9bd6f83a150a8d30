using System.Security.Claims;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.JSInterop;
using ChatDesk.Resources;

namespace ChatDesk.Features.Agents;

public sealed partial class AgentWorkspacePage
{
    private static readonly TimeSpan RecentWindow = TimeSpan.FromHours(8);

    private IReadOnlyList<QueuedChat> waiting = [];
    private IReadOnlyList<AgentChat> mine = [], team = [], recent = [];
    private IReadOnlyList<int> channels = [];
    private IReadOnlyList<TransferOffer> offers = [];
    private IReadOnlyList<ChatDesk.Features.Channels.ChannelMember> memberships = [];
    private readonly List<string> warnings = [];
    private IJSObjectReference? alerts;
    private bool alertsOn = true;
    private string notificationPermission = "default";
    // Drafts live as long as the workspace tab: switching chats must never lose half-written replies.
    private readonly Dictionary<long, string> drafts = [];
    private long? selected;
    private string userId = "";
    private string? notice;
    private int capacity, totalUnread;
    private Presence chosen = Presence.Present;
    private bool connected;
    private IDisposable? subscription;
    private Timer? ticker;

    [Inject] private QueueService Queue { get; set; } = default!;
    [Inject] private AgentDesk Desk { get; set; } = default!;
    [Inject] private IChatEvents Events { get; set; } = default!;
    [Inject] private AgentCircuit Circuit { get; set; } = default!;
    [Inject] private TransferBoard Transfers { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private UserManager<StaffUser> Users { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [CascadingParameter] public StaffText T { get; set; } = StaffText.For("en");

    /// <summary>The open chat is in the address, so a reload comes back to it.</summary>
    /// <remarks>Read as text: a hand-edited address (?chat=abc) must open the workspace, not an error.</remarks>
    [SupplyParameterFromQuery(Name = "chat")] private string? ChatParameter { get; set; }

    private long? ChatInAddress => long.TryParse(ChatParameter, out var id) ? id : null;

    private string PresenceText => !connected ? T["Connecting"] : chosen == Presence.Present ? T["Present"] : T["Away"];

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var staff = await Users.FindByIdAsync(userId);
        chosen = staff?.Presence ?? Presence.Present;
        capacity = staff?.Capacity ?? 3;
        channels = await Queue.RespondableChannelsAsync(userId, CancellationToken.None);
        memberships = await Queue.MembershipsAsync(userId, CancellationToken.None);
        await RefreshAsync();
        if (ChatInAddress is { } chat && (mine.Any(m => m.SessionId == chat) || recent.Any(m => m.SessionId == chat))) selected = chat;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        alerts = await JS.InvokeAsync<IJSObjectReference>("import", "./js/alerts.js");
        alertsOn = await alerts.InvokeAsync<bool>("enabled");
        notificationPermission = await alerts.InvokeAsync<string>("permission");
        // Present only from the interactive circuit on (not while prerendering), and only while it is connected.
        await Circuit.OpenAsync(userId, chosen);
        connected = true;
        subscription = Events.SubscribeChannels(OnChatEventAsync);
        ticker = new Timer(_ => InvokeAsync(StateHasChanged), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        StateHasChanged();
    }

    private Task OnChatEventAsync(ChatEvent chatEvent)
    {
        if (chatEvent is QueueWarning warning) return InvokeAsync(() => WarnAsync(warning));
        if (chatEvent is TransferChanged) return InvokeAsync(ReloadOffersAsync);
        var relevant = chatEvent switch
        {
            SessionChanged => channels.Contains(chatEvent.ChannelId) || mine.Any(m => m.SessionId == chatEvent.SessionId),
            MessageAdded => mine.Any(m => m.SessionId == chatEvent.SessionId),
            _ => false,
        };
        return relevant ? InvokeAsync(async () =>
        {
            var waitingBefore = waiting.Select(w => w.SessionId).ToHashSet();
            var unreadBefore = mine.ToDictionary(m => m.SessionId, m => m.Unread);
            await RefreshAsync();
            await AlertAboutChangesAsync(waitingBefore, unreadBefore);
            StateHasChanged();
        }) : Task.CompletedTask;
    }

    // Alerts are for present agents only, and the browser side only sounds them while the tab is in the background.
    private async Task AlertAboutChangesAsync(HashSet<long> waitingBefore, Dictionary<long, int> unreadBefore)
    {
        if (chosen != Presence.Present) return;
        foreach (var chat in waiting.Where(w => !waitingBefore.Contains(w.SessionId) && Notifies(w.ChannelId, managers: false)))
            await AlertAsync(T["NewChatInQueue"], $"{chat.CustomerName}: {chat.Question}", $"queue-{chat.SessionId}");
        foreach (var chat in mine.Where(m => m.Unread > unreadBefore.GetValueOrDefault(m.SessionId)))
            await AlertAsync(T.Format("NewMessageFrom", chat.CustomerName), chat.LastMessage, $"chat-{chat.SessionId}");
    }

    private async Task WarnAsync(QueueWarning warning)
    {
        if (!Notifies(warning.ChannelId, warning.ForManagers)) return;
        var text = T.Format("WaitedMore", warning.CustomerName, warning.Minutes);
        warnings.Add(text);
        if (chosen == Presence.Present) await AlertAsync(T["CustomerWaiting"], text, $"warning-{warning.SessionId}");
        StateHasChanged();
    }

    private bool Notifies(int channelId, bool managers) =>
        memberships.Any(m => m.ChannelId == channelId && m.Notifications && (!managers || m.IsManager));

    private async Task AlertAsync(string title, string body, string tag)
    {
        if (alerts is null) return;
        try { await alerts.InvokeAsync<bool>("alert", title, body, tag); }
        catch (JSDisconnectedException) { }
    }

    private async Task SetAlertsAsync(bool on)
    {
        alertsOn = on;
        if (alerts is not null) await alerts.InvokeVoidAsync("setEnabled", on);
    }

    private async Task AskPermissionAsync()
    {
        if (alerts is not null) notificationPermission = await alerts.InvokeAsync<string>("requestPermission");
    }

    private async Task RefreshAsync()
    {
        waiting = await Queue.WaitingAsync(channels, CancellationToken.None);
        mine = await Queue.MineAsync(userId, CancellationToken.None);
        team = (await Queue.TeamAsync(channels, CancellationToken.None)).Where(c => !mine.Any(m => m.SessionId == c.SessionId)).ToList();
        recent = await Queue.RecentAsync(userId, Time.GetUtcNow() - RecentWindow, CancellationToken.None);
        offers = await Transfers.OffersToAsync(userId, CancellationToken.None);
        totalUnread = mine.Where(m => m.SessionId != selected).Sum(m => m.Unread);
    }

    private async Task ReloadOffersAsync()
    {
        offers = await Transfers.OffersToAsync(userId, CancellationToken.None);
        StateHasChanged();
    }

    private async Task AcceptTransferAsync(TransferOffer offer)
    {
        notice = await Desk.AcceptTransferAsync(userId, offer.SessionId, CancellationToken.None)
            ? null : T.Format("TransferWithdrawn", offer.CustomerName);
        if (notice is null) await SelectAsync(offer.SessionId);
        await RefreshAsync();
    }

    private async Task RejectTransferAsync(TransferOffer offer)
    {
        await Desk.RejectTransferAsync(userId, offer.SessionId, CancellationToken.None);
        offers = await Transfers.OffersToAsync(userId, CancellationToken.None);
    }

    private async Task SetPresentAsync(bool present)
    {
        chosen = present ? Presence.Present : Presence.Away;
        await Circuit.ChooseAsync(chosen); // stores the choice with the presence lease
    }

    private async Task AcceptAsync(QueuedChat chat)
    {
        notice = Explain(await Desk.AcceptAsync(userId, chat.SessionId, CancellationToken.None), chat.CustomerName);
        if (notice is null) await SelectAsync(chat.SessionId);
        await RefreshAsync();
    }

    private async Task AcceptNextAsync()
    {
        var (outcome, sessionId) = await Desk.AcceptNextAsync(userId, CancellationToken.None);
        notice = Explain(outcome, null);
        if (sessionId is { } id) await SelectAsync(id);
        await RefreshAsync();
    }

    private string? Explain(AcceptOutcome outcome, string? customer) => outcome switch
    {
        AcceptOutcome.Accepted => null,
        AcceptOutcome.Taken => T.Format("Taken", customer),
        AcceptOutcome.AtCapacity => T.Format("AtCapacity", capacity),
        AcceptOutcome.QueueEmpty => T["QueueEmpty"],
        _ => T["NotAllowed"],
    };

    private Task SelectAsync(long sessionId)
    {
        selected = sessionId;
        Navigation.NavigateTo($"/agent?chat={sessionId}", new NavigationOptions { ReplaceHistoryEntry = true });
        return RefreshAsync();
    }

    private async Task CloseSelectedAsync()
    {
        if (selected is { } closed) drafts.Remove(closed);
        selected = null;
        Navigation.NavigateTo("/agent", new NavigationOptions { ReplaceHistoryEntry = true });
        await RefreshAsync();
    }

    public void Dispose()
    {
        _ = alerts?.DisposeAsync().AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
        ticker?.Dispose();
        subscription?.Dispose();
    }
}
