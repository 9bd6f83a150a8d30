using System.Security.Claims;
using ChatDesk.Components;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using ChatDesk.Resources;

namespace ChatDesk.Features.Agents;

/// <summary>The agent's workspace. <see cref="WorkspaceState"/> decides what is shown and alerted; this page
/// renders it, forwards clicks, keeps the address in step and owns the browser alerts.</summary>
public sealed partial class AgentWorkspacePage : CircuitComponent
{
    private IJSObjectReference? alerts;
    private bool alertsOn = true;
    private string notificationPermission = "default";
    private string userId = "";
    private Presence chosen = Presence.Present;
    private bool connected, loaded, started;
    private IDisposable? subscription;

    [Inject] private WorkspaceState State { get; set; } = default!;
    [Inject] private IChatEvents Events { get; set; } = default!;
    [Inject] private AgentCircuit Circuit { get; set; } = default!;
    [Inject] private StaffPreferences Preferences { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [CascadingParameter] public StaffText T { get; set; } = StaffText.For("en");

    /// <summary>The open chat is in the address, so a reload comes back to it.</summary>
    /// <remarks>Read as text: a hand-edited address (?chat=abc) must open the workspace, not an error.</remarks>
    [SupplyParameterFromQuery(Name = "chat")] private string? ChatParameter { get; set; }

    private long? ChatInAddress => long.TryParse(ChatParameter, out var id) ? id : null;

    private string PresenceText => !connected ? T["Connecting"] : chosen == Presence.Present ? T["Present"] : T["Away"];

    private bool Present => chosen == Presence.Present;

    protected override async Task OnInitializedAsync()
    {
        userId = (await Auth).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        (chosen, var capacity) = await Preferences.WorkloadAsync(userId, Aborted);
        await State.StartAsync(userId, capacity, ChatInAddress, Aborted);
        loaded = true;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Not "firstRender": that render comes as soon as OnInitializedAsync first waits, and this call follows once
        // the browser has it, which on a busy PostgreSQL node can be before the workspace is loaded: the agent would
        // be subscribed to no channel and never see the queue move. The workspace starts once it is loaded.
        if (started || !loaded) return;
        started = true;
        // Present only from the interactive circuit on (not while prerendering), and only while it is connected.
        await Circuit.OpenAsync(userId, chosen);
        connected = true;
        subscription = Events.Subscribe(State.Topics, OnChatEventAsync);
        // Rule 1: subscribed, then read again, so a chat queued since the workspace was loaded shows too.
        await State.RefreshAsync(Aborted);
        try
        {
            alerts = await JS.InvokeAsync<IJSObjectReference>("import", Aborted, "./js/alerts.js");
            alertsOn = await alerts.InvokeAsync<bool>("enabled", Aborted);
            notificationPermission = await alerts.InvokeAsync<string>("permission", Aborted);
        }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException) { return; }
        StateHasChanged();
        // After the render that shows the agent present: the shortcuts are not worth a later presence.
        try { await AttachKeysAsync(); }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException) { }
    }

    private Task OnChatEventAsync(ChatEvent chatEvent) => chatEvent switch
    {
        QueueWarning warning => OnRendererAsync(() => WarnAsync(warning)),
        TransferChanged => OnRendererAsync(async () => { await State.ReloadOffersAsync(Aborted); StateHasChanged(); }),
        BusReconnected => OnRendererAsync(async () => { await State.ReloadOffersAsync(Aborted); await State.RefreshForAlertsAsync(Present, T, Aborted); StateHasChanged(); }),
        MessageAdded added => OnRendererAsync(async () =>
        {
            foreach (var alert in await State.ApplyMessageAsync(added, Present, T, Aborted)) await AlertAsync(alert);
            StateHasChanged();
        }),
        _ when State.Concerns(chatEvent) => OnRendererAsync(async () =>
        {
            foreach (var alert in await State.RefreshForAlertsAsync(Present, T, Aborted)) await AlertAsync(alert);
            StateHasChanged();
        }),
        _ => Task.CompletedTask,
    };

    private async Task WarnAsync(QueueWarning warning)
    {
        if (State.Warn(warning, Present, T) is { } alert) await AlertAsync(alert);
        StateHasChanged();
    }

    // The browser side only sounds alerts while the tab is in the background.
    private async Task AlertAsync(WorkspaceAlert alert)
    {
        if (alerts is null) return;
        try { await alerts.InvokeAsync<bool>("alert", Aborted, alert.Title, alert.Body, alert.Tag); }
        catch (Exception ex) when (ex is JSDisconnectedException or OperationCanceledException) { }
    }

    private async Task SetAlertsAsync(bool on)
    {
        alertsOn = on;
        if (alerts is not null) await alerts.InvokeVoidAsync("setEnabled", Aborted, on);
    }

    private async Task AskPermissionAsync()
    {
        if (alerts is not null) notificationPermission = await alerts.InvokeAsync<string>("requestPermission", Aborted);
    }

    private Task PresenceChangedAsync(ChangeEventArgs change) => SetPresentAsync(change.Value is true);

    private async Task SetPresentAsync(bool present)
    {
        chosen = present ? Presence.Present : Presence.Away;
        await Circuit.ChooseAsync(chosen); // stores the choice with the presence lease
    }

    private async Task AcceptAsync(QueuedChat chat) => ShowAddress(await State.AcceptAsync(chat, T, Aborted));

    private async Task AcceptNextAsync() => ShowAddress(await State.AcceptNextAsync(T, Aborted));

    private async Task AcceptTransferAsync(TransferOffer offer) => ShowAddress(await State.AcceptTransferAsync(offer, T, Aborted));

    private Task RejectTransferAsync(TransferOffer offer) => State.RejectTransferAsync(offer, Aborted);

    private Task SelectAsync(long sessionId)
    {
        State.Select(sessionId);
        ShowAddress(sessionId);
        return State.RefreshAsync(Aborted);
    }

    private Task CloseSelectedAsync()
    {
        State.CloseSelected();
        Navigation.NavigateTo("/agent", new NavigationOptions { ReplaceHistoryEntry = true });
        return State.RefreshAsync(Aborted);
    }

    private void ShowAddress(long? sessionId)
    {
        if (sessionId is { } id) Navigation.NavigateTo($"/agent?chat={id}", new NavigationOptions { ReplaceHistoryEntry = true });
    }

    protected override void OnDisposing()
    {
        subscription?.Dispose();
        DetachKeys();
        _ = alerts?.DisposeAsync().AsTask().ContinueWith(_ => { }, TaskScheduler.Default);
    }
}
