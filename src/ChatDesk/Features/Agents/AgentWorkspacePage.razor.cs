using System.Security.Claims;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace ChatDesk.Features.Agents;

public sealed partial class AgentWorkspacePage
{
    private IReadOnlyList<QueuedChat> waiting = [];
    private IReadOnlyList<AgentChat> mine = [];
    private IReadOnlyList<int> channels = [];
    private long? selected;
    private string userId = "";
    private string agentName = "";
    private string? notice;
    private IDisposable? presence, subscription;
    private Timer? ticker;
    private bool present;

    [Inject] private QueueService Queue { get; set; } = default!;
    [Inject] private ConversationService Conversations { get; set; } = default!;
    [Inject] private IChatEvents Events { get; set; } = default!;
    [Inject] private AgentPresence Presence { get; set; } = default!;
    [Inject] private UserManager<StaffUser> Users { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;

    /// <summary>The open chat is in the address, so a reload comes back to it.</summary>
    [SupplyParameterFromQuery(Name = "chat")] private long? ChatInAddress { get; set; }

    protected override async Task OnInitializedAsync()
    {
        var user = (await Auth).User;
        userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var staff = await Users.FindByIdAsync(userId);
        agentName = staff?.FirstName ?? user.Identity?.Name ?? "";
        channels = await Queue.RespondableChannelsAsync(userId, CancellationToken.None);
        await RefreshAsync();
        if (ChatInAddress is { } chat && mine.Any(m => m.SessionId == chat)) selected = chat;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        // Present while the workspace is open in an interactive circuit (not during prerendering).
        presence = Presence.Connect(userId);
        present = true;
        subscription = Events.SubscribeChannels(e => channels.Contains(e.ChannelId) && e is SessionChanged
            ? InvokeAsync(async () => { await RefreshAsync(); StateHasChanged(); })
            : Task.CompletedTask);
        ticker = new Timer(_ => InvokeAsync(StateHasChanged), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        StateHasChanged();
    }

    private async Task RefreshAsync()
    {
        waiting = await Queue.WaitingAsync(channels, CancellationToken.None);
        mine = await Queue.MineAsync(userId, CancellationToken.None);
    }

    private async Task AcceptAsync(QueuedChat chat)
    {
        notice = null;
        var (shownName, welcome) = await Queue.GreetingAsync(chat.ChannelId, userId, CancellationToken.None);
        if (await Conversations.AcceptAsync(chat.SessionId, userId, shownName, welcome, CancellationToken.None))
            Select(chat.SessionId);
        else
            notice = $"The chat from {chat.CustomerName} was already taken by another agent.";
        await RefreshAsync();
    }

    private void Select(long sessionId)
    {
        selected = sessionId;
        Navigation.NavigateTo($"/agent?chat={sessionId}", new NavigationOptions { ReplaceHistoryEntry = true });
    }

    private async Task CloseSelectedAsync()
    {
        selected = null;
        Navigation.NavigateTo("/agent", new NavigationOptions { ReplaceHistoryEntry = true });
        await RefreshAsync();
    }

    private string Waited(DateTimeOffset requested)
    {
        var waited = Time.GetUtcNow() - requested;
        return waited.TotalMinutes >= 1 ? $"{(int)waited.TotalMinutes} min {waited.Seconds} s" : $"{Math.Max(0, waited.Seconds)} s";
    }

    public void Dispose()
    {
        ticker?.Dispose();
        subscription?.Dispose();
        presence?.Dispose();
    }
}
