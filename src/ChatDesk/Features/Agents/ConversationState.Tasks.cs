using ChatDesk.Features.Conversations;
using ChatDesk.Resources;

namespace ChatDesk.Features.Agents;

/// <summary>The Task menu and the composer: each action checks ownership on the server (AgentDesk) and leaves
/// a line for the agent in <see cref="Info"/> or <see cref="Error"/>.</summary>
public sealed partial class ConversationState
{
    public IReadOnlyList<(string Id, string Name)> Targets { get; private set; } = [];
    public string? Target { get; set; }
    public string? Info { get; private set; }
    public string? Error { get; private set; }

    public async Task LoadTargetsAsync(CancellationToken ct)
    {
        Targets = await desk.TransferTargetsAsync(AgentId, SessionId, ct);
        // One colleague present: nothing to choose.
        Target = Targets.Count == 1 ? Targets[0].Id : null;
    }

    public string TargetName(string id) => Targets.FirstOrDefault(t => t.Id == id).Name ?? "the other agent";

    public async Task OfferTransferAsync(StaffText t, CancellationToken ct)
    {
        if (Target is null || !await desk.OfferTransferAsync(AgentId, SessionId, Target, ct)) Info = t["TransferFailed"];
        await LoadPendingAsync(ct);
    }

    public async Task CancelTransferAsync(StaffText t, CancellationToken ct)
    {
        if (await desk.CancelTransferAsync(AgentId, SessionId, ct)) Info = t["TransferCancelled"];
        await LoadPendingAsync(ct);
    }

    /// <summary>Closing the window of a handed-over chat also forgets the hand-over: it does not come back.</summary>
    public Task ForgetAsync(CancellationToken ct) => transfers.ForgetAsync(AgentId, SessionId, ct);

    /// <summary>True when the composer may clear: sent now or already sent with this id.</summary>
    public async Task<ComposerOutcome> SendAsync(string text, Guid clientId, StaffText t, CancellationToken ct)
    {
        var result = await desk.SendAsync(AgentId, SessionId, clientId, text, ct);
        Error = result == SendResult.NotActive ? t["NotActive"] : null;
        return ComposerOutcomes.From(result);
    }

    public Task EndAsync(CancellationToken ct) => desk.EndAsync(AgentId, SessionId, ct);

    /// <summary>Returns the confirmation for the customer, in the channel's language, for the agent to review and
    /// send; null when no ticket was made.</summary>
    public async Task<string?> CreateTicketAsync(string? note, StaffText t, CancellationToken ct)
    {
        var number = await desk.CreateTicketAsync(AgentId, SessionId, note, ct);
        if (number is null) return null;
        Info = t.Format("TicketCreated", number);
        Session = await desk.OwnChatAsync(AgentId, SessionId, ct) ?? Session;
        return CustomerText.For(Language).Format("TicketFromChat", number);
    }

    public async Task SendTranscriptAsync(StaffText t, CancellationToken ct)
    {
        var to = await desk.SendTranscriptAsync(AgentId, SessionId, ct);
        Info = to is null ? t["NoCustomerEmail"] : t.Format("TranscriptOnItsWay", to);
    }
}
