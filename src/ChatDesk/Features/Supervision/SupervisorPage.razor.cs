using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Queue;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Supervision;

/// <summary>The live queue picture and today's figures. Session events refresh both; a periodic refresh
/// also catches what raises no session event (tickets, the day turning over).</summary>
public sealed partial class SupervisorPage
{
    private static readonly TimeSpan FigureRefresh = TimeSpan.FromSeconds(30);

    private readonly ViewerTimeZone viewer = new();
    private IReadOnlyList<(int Id, string Name)> channels = [];
    private QueueSnapshot snapshot = new(0, null, 0, []);
    private TodayFigures today = TodayFigures.None;
    private StaffActor actor = StaffActor.Nobody;
    private int? channelId;
    private IDisposable? subscription;
    private Timer? ticker;
    private Timer? figureTimer;

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
        channels = await Supervision.ChannelsAsync(actor, CancellationToken.None);
        snapshot = await Supervision.SnapshotAsync(actor, channelId, CancellationToken.None);
        today = await Figures.TodayAsync(actor, channelId, viewer.Zone, CancellationToken.None);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        subscription = Events.SubscribeChannels(e => e is SessionChanged or PresenceChanged ? InvokeAsync(() => Guarded(RefreshAsync)) : Task.CompletedTask);
        ticker = new Timer(_ => InvokeAsync(StateHasChanged), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        figureTimer = new Timer(_ => InvokeAsync(() => Guarded(RefreshFiguresAsync)), null, FigureRefresh, FigureRefresh);
        // "Today" is the viewer's day: once the browser has said its zone, count again in that zone.
        if (await viewer.ReadAsync(JS)) await RefreshFiguresAsync();
    }

    private async Task Guarded(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception e)
        {
            await DispatchExceptionAsync(e);
        }
    }

    private async Task RefreshAsync()
    {
        snapshot = await Supervision.SnapshotAsync(actor, channelId, CancellationToken.None);
        await RefreshFiguresAsync();
    }

    private async Task RefreshFiguresAsync()
    {
        today = await Figures.TodayAsync(actor, channelId, viewer.Zone, CancellationToken.None);
        StateHasChanged();
    }

    private async Task ChooseChannelAsync(ChangeEventArgs change)
    {
        channelId = int.TryParse(change.Value?.ToString(), out var id) ? id : null;
        await RefreshAsync();
    }

    private string LongestWait() =>
        snapshot.OldestRequestedAt is { } oldest ? WaitText.Since(oldest, Time.GetUtcNow()) : "–";

    public void Dispose()
    {
        ticker?.Dispose();
        figureTimer?.Dispose();
        subscription?.Dispose();
    }
}
