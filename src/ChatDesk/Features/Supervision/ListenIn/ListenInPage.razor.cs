using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Resources;
using ChatDesk.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Supervision.ListenIn;

/// <summary>One chat, live and read-only, for a user who may listen in on its channel; a manager may also take it
/// over (then answer and end it here) or transfer it. ListenInDesk decides every part of that; this page only reads
/// and never publishes anything, so nobody in the chat learns that someone is listening.</summary>
public sealed partial class ListenInPage : CircuitComponent
{
    // One load at a time and no message twice: the first load, a parameter change and events overlap at awaits.
    private readonly MessageFeed feed = new();
    private readonly ViewerTimeZone viewer = new();
    private ListenInView? view;
    private IReadOnlyList<(string Id, string Name)> targets = [];
    private StaffActor? actor;
    private IDisposable? subscription, presenceSubscription;
    private string? notice, error;
    private bool loaded, busy, noticeIsError;

    [Inject] private ListenInDesk Desk { get; set; } = default!;
    [Inject] private IChatEvents Events { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [CascadingParameter] private StaffText Staff { get; set; } = StaffText.For("en");

    [Parameter] public long SessionId { get; set; }

    private ListenInText T => ListenInText.For(Staff.Language);

    protected override async Task OnParametersSetAsync()
    {
        actor = StaffActor.From((await Auth).User);
        feed.Clear();
        await LoadAsync();
        loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        // Subscribed even when not (yet) available: every event is checked again by the desk before anything shows.
        subscription = Events.SubscribeSession(SessionId, e => OnRendererAsync(() => OnEventAsync(e)));
        presenceSubscription = Events.SubscribeChannels(e => e is PresenceChanged or BusReconnected ? OnPresenceChangedAsync() : Task.CompletedTask);
        // The first reload catches anything said between the prerender and the subscription (rule 1).
        await LoadAsync();
        await viewer.ReadAsync(JS);
        StateHasChanged();
    }

    private async Task OnEventAsync(ChatEvent chatEvent)
    {
        if (chatEvent is TypingChanged) return;
        await LoadAsync();
        StateHasChanged();
    }

    private Task OnPresenceChangedAsync() => OnRendererAsync(async () =>
    {
        if (actor is null || view is not { CanManage: true, IsLive: true }) return;
        targets = await Desk.TransferTargetsAsync(actor, SessionId, Aborted);
        StateHasChanged();
    });

    /// <summary>The chat as the desk lets this user see it now, and only the messages not shown yet.</summary>
    private async Task LoadAsync()
    {
        if (actor is null) return;
        view = await Desk.OpenAsync(actor, SessionId, Aborted);
        if (view is null)
        {
            feed.Clear();
            targets = [];
            return;
        }
        await feed.CatchUpAsync(null, (after, ct) => Desk.MessagesAfterAsync(actor, SessionId, after, ct), Aborted);
        targets = view is { CanManage: true, IsLive: true } ? await Desk.TransferTargetsAsync(actor, SessionId, Aborted) : [];
    }

    private Task TakeOverAsync() => ManageAsync(a => Desk.TakeOverAsync(a, SessionId, Aborted), T["TookOver"]);

    private Task TransferAsync(string toId)
    {
        var name = targets.FirstOrDefault(t => t.Id == toId).Name ?? "";
        return ManageAsync(a => Desk.TransferAsync(a, SessionId, toId, Aborted), T.Format("TransferredTo", name));
    }

    private async Task ManageAsync(Func<StaffActor, Task<ManageOutcome>> action, string done)
    {
        if (actor is null) return;
        busy = true;
        try
        {
            var outcome = await action(actor);
            (notice, noticeIsError) = outcome switch
            {
                ManageOutcome.Done => (done, false),
                ManageOutcome.NotLive => (T["NotLive"], true),
                ManageOutcome.Changed => (T["Changed"], true),
                ManageOutcome.NoSuchAgent => (T["NoSuchAgent"], true),
                _ => (T["NotAllowed"], true),
            };
        }
        finally
        {
            await LoadAsync();
            busy = false;
        }
    }

    private async Task<ComposerOutcome> SendAsync(string text, Guid clientId)
    {
        if (actor is null) return ComposerOutcome.Refused;
        error = null;
        var result = await Desk.SendAsync(actor, SessionId, clientId, text, Aborted);
        if (result is SendResult.NotActive or SendResult.NotFound) error = T["NotActive"];
        StateHasChanged();
        return ComposerOutcomes.From(result);
    }

    private async Task EndAsync()
    {
        if (actor is null) return;
        busy = true;
        try
        {
            if (!await Desk.EndAsync(actor, SessionId, Aborted)) (notice, noticeIsError) = (T["NotLive"], true);
        }
        finally
        {
            await LoadAsync();
            busy = false;
        }
    }

    protected override void OnDisposing()
    {
        presenceSubscription?.Dispose();
        subscription?.Dispose();
    }
}
