namespace ChatDesk.Features.Conversations;

/// <summary>The session state machine (DESIGN.md, "Customer session states"): the only place a status changes.</summary>
public sealed partial class ChatSession
{
    private static readonly Dictionary<SessionStatus, SessionStatus[]> Allowed = new()
    {
        [SessionStatus.PreChat] = [SessionStatus.Faq, SessionStatus.Queued, SessionStatus.Offline],
        [SessionStatus.Faq] = [SessionStatus.Queued, SessionStatus.ResolvedByFaq, SessionStatus.Abandoned],
        [SessionStatus.Queued] = [SessionStatus.Active, SessionStatus.Abandoned, SessionStatus.Offline],
        [SessionStatus.Active] = [SessionStatus.Ended],
        [SessionStatus.Ended] = [SessionStatus.Active, SessionStatus.Queued],
        [SessionStatus.Offline] = [SessionStatus.TicketPosted],
        [SessionStatus.Abandoned] = [],
        [SessionStatus.ResolvedByFaq] = [],
        [SessionStatus.TicketPosted] = [],
    };

    public static bool CanMove(SessionStatus from, SessionStatus to) => Allowed[from].Contains(to);

    public bool IsLive => Status is SessionStatus.Queued or SessionStatus.Active;

    public void Queue(DateTimeOffset now)
    {
        Move(SessionStatus.Queued);
        RequestedAt ??= now;
    }

    public void Accept(string agentId, string agentName, DateTimeOffset now)
    {
        Move(SessionStatus.Active);
        AgentId = agentId;
        AgentDisplayName = agentName;
        AcceptedAt ??= now;
        EndedAt = null;
        EndReason = null;
    }

    public void End(EndReason reason, DateTimeOffset now)
    {
        Move(reason == Conversations.EndReason.Abandoned ? SessionStatus.Abandoned
            : reason == Conversations.EndReason.ResolvedByFaq ? SessionStatus.ResolvedByFaq
            : SessionStatus.Ended);
        EndedAt = now;
        EndReason = reason;
    }

    public void GoOffline() => Move(SessionStatus.Offline);

    public void ShowFaq(IReadOnlyList<int> articleIds)
    {
        Move(SessionStatus.Faq);
        FaqShown = string.Join(',', articleIds);
    }

    public void PostTicket(long ticketId)
    {
        Move(SessionStatus.TicketPosted);
        TicketId = ticketId;
    }

    private void Move(SessionStatus next)
    {
        if (!CanMove(Status, next)) throw new InvalidSessionTransitionException(Status, next);
        Status = next;
    }
}

public sealed class InvalidSessionTransitionException(SessionStatus from, SessionStatus to)
    : InvalidOperationException($"A chat cannot go from {from} to {to}.")
{
    public SessionStatus From { get; } = from;
    public SessionStatus To { get; } = to;
}
