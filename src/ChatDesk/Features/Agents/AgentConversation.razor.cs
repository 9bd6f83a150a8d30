using ChatDesk.Components;
using ChatDesk.Features.Conversations;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Agents;

/// <summary>One open chat. <see cref="ConversationState"/> decides what may be done; this renders it.</summary>
public sealed partial class AgentConversation : CircuitComponent
{
    private IDisposable? subscription;
    private Composer? composer;
    private bool opened;
    private readonly List<ChatEvent> arrivedWhileOpening = [];
    private WorkspacePanel panel;
    private string? ticketNote;
    private readonly ViewerTimeZone viewer = new();

    [Inject] private ConversationState State { get; set; } = default!;
    [Inject] private IChatEvents Events { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    [CascadingParameter] public StaffText T { get; set; } = StaffText.For("en");

    private WorkspaceText W => WorkspaceText.For(T.Language);

    [Parameter, EditorRequired] public long SessionId { get; set; }
    [Parameter, EditorRequired] public string AgentId { get; set; } = "";
    [Parameter] public string Draft { get; set; } = "";
    /// <summary>Plain delegates: a keystroke or a read mark updates the workspace's state without re-rendering it.</summary>
    [Parameter] public Action<string>? DraftChanged { get; set; }
    [Parameter] public Action? OnRead { get; set; }
    [Parameter] public EventCallback OnClosed { get; set; }

    private ChatSession? Session => State.Session;

    // The draft as typed: the workspace keeps a copy (DraftChanged) but is not re-rendered for it, so the
    // Draft parameter is only where this view starts from.
    private string draft = "";

    private void OnDraftChanged(string text)
    {
        draft = text;
        DraftChanged?.Invoke(text);
    }

    protected override async Task OnInitializedAsync()
    {
        // Subscribed before loading (rule 1); the state's server-side scope check decides whether anything shows.
        draft = Draft;
        subscription = Events.SubscribeSession(SessionId, e => OnRendererAsync(() => OnEventAsync(e)));
        opened = await State.OpenAsync(AgentId, SessionId, Aborted);
        if (!opened)
        {
            subscription.Dispose();
            return;
        }
        // Events that came while the chat was loading may be newer than what it read (a customer's message from
        // another node, arriving between the message read and the history read): applied now, in order, not lost.
        foreach (var early in arrivedWhileOpening) await State.ApplyAsync(early, Aborted);
        arrivedWhileOpening.Clear();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && await viewer.ReadAsync(JS)) StateHasChanged();
    }

    private async Task OnEventAsync(ChatEvent chatEvent)
    {
        if (!opened)
        {
            arrivedWhileOpening.Add(chatEvent);
            return;
        }
        if (await State.ApplyAsync(chatEvent, Aborted)) OnRead?.Invoke();
        if (chatEvent is not TypingChanged) StateHasChanged();
    }

    private async Task OfferTransferAsync()
    {
        await ClosePanelAsync();
        await State.OfferTransferAsync(T, Aborted);
    }

    private Task CancelTransferAsync() => State.CancelTransferAsync(T, Aborted);

    private Task DismissTransferNoticeAsync() => State.DismissTransferNoticeAsync(Aborted);

    private async Task CloseAsync()
    {
        await State.ForgetAsync(Aborted);
        await OnClosed.InvokeAsync();
    }

    private async Task<ComposerOutcome> SendAsync(string text, Guid clientId)
    {
        var sent = await State.SendAsync(text, clientId, T, Aborted);
        StateHasChanged();
        return sent;
    }

    private Task EndAsync() => State.EndAsync(Aborted);

    private async Task CreateTicketAsync()
    {
        panel = WorkspacePanel.None;
        var confirmation = await State.CreateTicketAsync(ticketNote, T, Aborted);
        if (confirmation is not null && composer is not null) await composer.SetTextAsync(confirmation);
    }

    private async Task InsertAsync(string text)
    {
        // The text first, in the same render that closes the sheet; the focus (a browser round trip) follows.
        if (composer is not null) await composer.SetTextAsync(ConversationState.Compose(draft, text));
        await ClosePanelAsync();
    }

    private Task SendTranscriptAsync() => State.SendTranscriptAsync(T, Aborted);

    private string EndedText() => State.EndedText(T);

    protected override void OnDisposing()
    {
        subscription?.Dispose();
        State.Close();
    }
}
