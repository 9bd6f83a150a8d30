using ChatDesk.Features.Conversations;
using ChatDesk.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ChatDesk.Features.Agents;

public sealed partial class AgentConversation : IDisposable
{
    private ChatSession? session;
    private readonly List<ChatMessage> messages = [];
    private CustomerHistory history = CustomerHistory.None;
    private IDisposable? subscription;
    private Composer? composer;
    private bool customerTyping, creatingTicket, choosingTarget, readOnly;
    private TransferOffer? pending;
    private IReadOnlyList<(string Id, string Name)> targets = [];
    private string? target;
    private string? error, info, ticketNote;
    private readonly ViewerTimeZone viewer = new();
    private string language = "en";

    [Inject] private AgentDesk Desk { get; set; } = default!;
    [Inject] private ConversationService Conversations { get; set; } = default!;
    [Inject] private ChatDesk.Features.Channels.ChannelDirectory Channels { get; set; } = default!;
    [Inject] private IChatEvents Events { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TransferBoard Transfers { get; set; } = default!;

    [CascadingParameter] public StaffText T { get; set; } = StaffText.For("en");

    [Parameter, EditorRequired] public long SessionId { get; set; }
    [Parameter, EditorRequired] public string AgentId { get; set; } = "";
    [Parameter] public string Draft { get; set; } = "";
    [Parameter] public EventCallback<string> DraftChanged { get; set; }
    [Parameter] public EventCallback OnRead { get; set; }
    [Parameter] public EventCallback OnClosed { get; set; }

    protected override async Task OnInitializedAsync()
    {
        // Server-side scope check: only the agent's own chats open here, whatever the address says.
        await LoadSessionAsync();
        if (session is null) return;
        subscription = Events.SubscribeSession(SessionId, e => InvokeAsync(() => OnEventAsync(e)));
        await LoadAsync();
        history = await Desk.HistoryAsync(AgentId, SessionId, CancellationToken.None);
        language = (await Channels.FindByIdAsync(session.ChannelId, CancellationToken.None))?.Language ?? "en";
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && await viewer.ReadAsync(JS)) StateHasChanged();
    }

    private async Task OnEventAsync(ChatEvent chatEvent)
    {
        try
        {
            if (chatEvent is TypingChanged typing)
            {
                if (typing.Who == AuthorKind.Customer) customerTyping = typing.IsTyping;
            }
            else if (chatEvent is TransferChanged)
            {
                await LoadPendingAsync();
            }
            else
            {
                await LoadSessionAsync();
                await LoadAsync();
            }
            StateHasChanged();
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    // The agent's own chat, or one they handed over (read-only until they close it); nothing else.
    private async Task LoadSessionAsync()
    {
        var own = await Desk.OwnChatAsync(AgentId, SessionId, CancellationToken.None);
        session = own ?? await Desk.HandedOverChatAsync(AgentId, SessionId, CancellationToken.None);
        readOnly = own is null && session is not null;
        await LoadPendingAsync();
    }

    private async Task LoadPendingAsync() =>
        pending = await Transfers.PendingForAsync(SessionId, CancellationToken.None) is { } offer && offer.FromAgentId == AgentId ? offer : null;

    private async Task StartTransferAsync()
    {
        targets = await Desk.TransferTargetsAsync(AgentId, SessionId, CancellationToken.None);
        target = targets.Count == 1 ? targets[0].Id : null;
        choosingTarget = true;
    }

    private async Task OfferTransferAsync()
    {
        choosingTarget = false;
        if (target is null || !await Desk.OfferTransferAsync(AgentId, SessionId, target, CancellationToken.None))
            info = T["TransferFailed"];
        await LoadPendingAsync();
    }

    private async Task CancelTransferAsync()
    {
        if (await Desk.CancelTransferAsync(AgentId, SessionId, CancellationToken.None)) info = T["TransferCancelled"];
        await LoadPendingAsync();
    }

    private string TargetName(string id) => targets.FirstOrDefault(t => t.Id == id).Name ?? "the other agent";

    private async Task CloseAsync()
    {
        await Transfers.ForgetAsync(AgentId, SessionId, CancellationToken.None);
        await OnClosed.InvokeAsync();
    }

    private async Task LoadAsync()
    {
        var after = messages.Count == 0 ? 0 : messages[^1].Sequence;
        var added = await Conversations.MessagesAfterAsync(SessionId, after, CancellationToken.None);
        messages.AddRange(added);
        if (added.Any(m => m.Author == AuthorKind.Customer)) customerTyping = false;
        // Shown here means read: the unread count in the chat list goes back to zero.
        if (!readOnly && added.Any(m => m.Author == AuthorKind.Customer && !m.ReadByAgent))
        {
            await Conversations.MarkReadByAgentAsync(SessionId, CancellationToken.None);
            await OnRead.InvokeAsync();
        }
    }

    private async Task<ComposerOutcome> SendAsync(string text, Guid clientId)
    {
        error = null;
        var result = await Desk.SendAsync(AgentId, SessionId, clientId, text, CancellationToken.None);
        if (result == SendResult.NotActive) error = T["NotActive"];
        StateHasChanged();
        return ComposerOutcomes.From(result);
    }

    private Task TypingAsync(bool typing)
    {
        if (session is not null) Conversations.Typing(session, AuthorKind.Agent, typing);
        return Task.CompletedTask;
    }

    private Task EndAsync() => Desk.EndAsync(AgentId, SessionId, CancellationToken.None);

    private async Task CreateTicketAsync()
    {
        creatingTicket = false;
        var number = await Desk.CreateTicketAsync(AgentId, SessionId, ticketNote, CancellationToken.None);
        if (number is null) return;
        info = T.Format("TicketCreated", number);
        // Put the customer's confirmation in the composer, in the channel's language, to review and send.
        if (composer is not null) await composer.SetTextAsync(CustomerText.For(language).Format("TicketFromChat", number));
        session = await Desk.OwnChatAsync(AgentId, SessionId, CancellationToken.None) ?? session;
    }

    // Inserted text goes after what the agent already wrote, to review and send.
    private async Task InsertAsync(string text)
    {
        if (composer is null) return;
        var current = Draft;
        await composer.SetTextAsync(string.IsNullOrWhiteSpace(current) ? text : current.TrimEnd() + " " + text);
    }

    private async Task SendTranscriptAsync()
    {
        var to = await Desk.SendTranscriptAsync(AgentId, SessionId, CancellationToken.None);
        info = to is null ? T["NoCustomerEmail"] : T.Format("TranscriptOnItsWay", to);
    }

    private string EndedText() => session?.EndReason switch
    {
        EndReason.CustomerLeft => T["CustomerLeft"],
        EndReason.ConnectionLost => T["ConnectionLost"],
        EndReason.Customer => T["CustomerEnded"],
        EndReason.Idle => T["EndedIdle"],
        EndReason.Agent => T["YouEnded"],
        _ => T["ChatEnded"],
    };

    public void Dispose()
    {
        subscription?.Dispose();
    }
}
