using ChatDesk.Features.Conversations;
using ChatDesk.Resources;

namespace ChatDesk.Features.Agents;

/// <summary>Picking up chats and transfers: each returns the chat to open, or null with <see cref="Notice"/>
/// saying why not.</summary>
public sealed partial class WorkspaceState
{
    public async Task<long?> AcceptAsync(QueuedChat chat, StaffText t, CancellationToken ct)
    {
        Notice = Explain(await desk.AcceptAsync(AgentId, chat.SessionId, ct), chat.CustomerName, t);
        return await OpenedAsync(Notice is null ? chat.SessionId : null, ct);
    }

    public async Task<long?> AcceptNextAsync(StaffText t, CancellationToken ct)
    {
        var (outcome, sessionId) = await desk.AcceptNextAsync(AgentId, ct);
        Notice = Explain(outcome, null, t);
        return await OpenedAsync(sessionId, ct);
    }

    public async Task<long?> AcceptTransferAsync(TransferOffer offer, StaffText t, CancellationToken ct)
    {
        var accepted = await desk.AcceptTransferAsync(AgentId, offer.SessionId, ct);
        Notice = accepted ? null : t.Format("TransferWithdrawn", offer.CustomerName);
        return await OpenedAsync(accepted ? offer.SessionId : null, ct);
    }

    public async Task RejectTransferAsync(TransferOffer offer, CancellationToken ct)
    {
        await desk.RejectTransferAsync(AgentId, offer.SessionId, ct);
        await ReloadOffersAsync(ct);
    }

    public string? Explain(AcceptOutcome outcome, string? customer, StaffText t) => outcome switch
    {
        AcceptOutcome.Accepted => null,
        AcceptOutcome.Taken => t.Format("Taken", customer),
        AcceptOutcome.AtCapacity => t.Plural("AtCapacity", Capacity, Capacity),
        AcceptOutcome.QueueEmpty => t["QueueEmpty"],
        _ => t["NotAllowed"],
    };

    private async Task<long?> OpenedAsync(long? sessionId, CancellationToken ct)
    {
        if (sessionId is { } id) Select(id);
        await RefreshAsync(ct);
        return sessionId;
    }
}
