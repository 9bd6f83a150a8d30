using ChatDesk.Resources;

namespace ChatDesk.Features.Agents;

/// <summary>A transfer this agent offered that came to nothing: shown with its reason until dismissed.</summary>
public sealed partial class ConversationState
{
    public TransferNotice? TransferNotice { get; private set; }

    public static string NoticeText(TransferNotice notice, StaffText t) => notice.Outcome switch
    {
        TransferOutcome.Rejected => t.Format("TransferRejected", notice.ToName),
        _ => t.Format("TransferExpired", notice.ToName),
    };

    public async Task DismissTransferNoticeAsync(CancellationToken ct)
    {
        await transfers.DismissAsync(SessionId, AgentId, ct);
        TransferNotice = null;
    }
}
