using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using ChatDesk.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Supervision;

/// <summary>The live queue picture and today's figures. Session events refresh both; a periodic refresh
/// also catches what raises no session event (tickets, the day turning over).</summary>
public sealed partial class SupervisorPage : CircuitComponent
{
    private static readonly TimeSpan FigureRefresh = TimeSpan.FromSeconds(30);

    private readonly ViewerTimeZone viewer = new();
    private IReadOnlyList<(int Id, string Name)> channels = [];
    private QueueSnapshot snapshot = new(0, null, 0, []);
    private TodayFigures today = TodayFigures.None;
    private StaffActor actor = StaffActor.Nobody;
    private int? channelId;
    private IDisposable? subscription;
    private bool loaded, started;

    [Inject] private SupervisionService Supervision { get; set; } = default!;
    [Inject] private TodayFiguresService Figures { get; set; } = default!;
    [Inject] private IChatEvents Events { get; set; } = default!;
    [Inject] private TimeProvider Time { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [CascadingParameter] private StaffText Staff { get; set; } = StaffText.For("en");

    private SupervisorText T => SupervisorText.For(Staff.Language);

    protected override async Task OnInitializedAsync()
    {
        actor = StaffActor.From((await Auth).User);
        channels = await Supervision.ChannelsAsync(actor, Aborted);
        snapshot = await Supervision.SnapshotAsync(actor, channelId, Aborted);
        today = await Figures.TodayAsync(actor, channelId, viewer.Zone, Aborted);
        loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Not "firstRender": that render can come before the page is loaded (its reads really wait on PostgreSQL),
        // and the refresh below needs the viewer known. The page starts once, after it is loaded.
        if (started || !loaded) return;
        started = true;
        subscription = Events.SubscribeChannels(e => e is SessionChanged or PresenceChanged or BusReconnected ? OnRendererAsync(RefreshAsync) : Task.CompletedTask);
        // The longest wait ticks every second; the figures are counted again every half minute.
        Every(FigureRefresh, RefreshFiguresAsync, Time);
        // "Today" is the viewer's day: once the browser has said its zone, count again in that zone. The queues are
        // read again too: listening only began now, and a change since the first read would stay unseen.
        await viewer.ReadAsync(JS);
        await OnRendererAsync(RefreshAsync);
    }

    private async Task RefreshAsync()
    {
        snapshot = await Supervision.SnapshotAsync(actor, channelId, Aborted);
        await RefreshFiguresAsync();
    }

    private async Task RefreshFiguresAsync()
    {
        today = await Figures.TodayAsync(actor, channelId, viewer.Zone, Aborted);
        StateHasChanged();
    }

    private async Task ChooseChannelAsync(ChangeEventArgs change)
    {
        channelId = int.TryParse(change.Value?.ToString(), out var id) ? id : null;
        await RefreshAsync();
    }

    protected override void OnDisposing()
    {
        subscription?.Dispose();
    }
}
