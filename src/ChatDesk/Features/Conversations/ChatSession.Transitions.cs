namespace ChatDesk.Features.Conversations;

/// <summary>The session state machine (DESIGN.md, "Customer session states"): the only place a status changes.
/// Every change bumps <see cref="ChatSession.Version"/>, the concurrency token the conversation service saves against.</summary>
public sealed partial class ChatSession
{
    private static readonly Dictionary<SessionStatus, SessionStatus[]> Allowed = new()
    {
        [SessionStatus.PreChat] = [SessionStatus.Faq, SessionStatus.Queued, SessionStatus.Offline, SessionStatus.Bot],
        // Handed off to the queue, or ended (resolved by the bot, or the customer ended or left).
        [SessionStatus.Bot] = [SessionStatus.Queued, SessionStatus.Ended],
        [SessionStatus.Faq] = [SessionStatus.Queued, SessionStatus.ResolvedByFaq, SessionStatus.Abandoned],
        [SessionStatus.Queued] = [SessionStatus.Active, SessionStatus.Abandoned, SessionStatus.Offline],
        // Back to the queue: the agent was disabled and nobody else took the chat over.
        [SessionStatus.Active] = [SessionStatus.Ended, SessionStatus.Queued],
        [SessionStatus.Ended] = [SessionStatus.Active, SessionStatus.Queued],
        [SessionStatus.Offline] = [SessionStatus.TicketPosted],
        [SessionStatus.Abandoned] = [],
        [SessionStatus.ResolvedByFaq] = [],
        [SessionStatus.TicketPosted] = [],
    };

    public static bool CanMove(SessionStatus from, SessionStatus to) => Allowed[from].Contains(to);

    public bool IsLive => Status is SessionStatus.Queued or SessionStatus.Active or SessionStatus.Bot;

    public ChatSession() { }

    /// <summary>A session stored in a given state (test worlds and seeding); running chats move only by the methods below.</summary>
    internal ChatSession(SessionStatus status) => Status = status;

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

    /// <summary>Hands an active chat from one agent to another; only the agent who has it can hand it on.</summary>
    public void HandTo(string fromId, string toId, string toName)
    {
        if (Status != SessionStatus.Active || AgentId != fromId) throw new InvalidSessionTransitionException(Status, Status);
        AgentId = toId;
        AgentDisplayName = toName;
        Version++;
    }

    /// <summary>The agent can no longer answer (disabled): the chat waits again, at the front (it keeps its request time).</summary>
    public void Requeue()
    {
        if (Status != SessionStatus.Active) throw new InvalidSessionTransitionException(Status, SessionStatus.Queued);
        Move(SessionStatus.Queued);
        AgentId = null;
        AgentDisplayName = null;
    }

    /// <summary>The customer came back from the end form: to the same agent when they are online, else the queue;
    /// only within Chat:ReturnMinutes of the end, so an old browser cannot wake a chat long after.</summary>
    public ReturnOutcome Return(bool agentOnline, DateTimeOffset now, ChatOptions options)
    {
        if (Status != SessionStatus.Ended) return ReturnOutcome.NotEnded;
        if (!CanReturn(now, options)) return ReturnOutcome.TooLate;
        if (agentOnline && AgentId is not null)
        {
            Accept(AgentId, AgentDisplayName ?? "", now);
            return ReturnOutcome.Returned;
        }
        Move(SessionStatus.Queued);
        RequestedAt = now;
        AgentId = null;
        EndedAt = null;
        EndReason = null;
        return ReturnOutcome.Returned;
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

    /// <summary>The request is posted: the chat is over for the customer from now (their token's access runs from it).</summary>
    public void PostTicket(long ticketId, DateTimeOffset now)
    {
        Move(SessionStatus.TicketPosted);
        TicketId = ticketId;
        EndedAt = now;
    }

    public void Rate(int rating, string? comment)
    {
        if (Status != SessionStatus.Ended) throw new InvalidSessionTransitionException(Status, Status);
        Rating = Math.Clamp(rating, 1, 5);
        RatingComment = string.IsNullOrWhiteSpace(comment) ? null : ChatText.Clean(comment, 2000);
        Version++;
    }

    /// <summary>The next message's sequence number; the version moves too, so a transition read before this
    /// message (an idle timeout, an end) cannot commit over it unnoticed.</summary>
    public int NextSequence()
    {
        Version++;
        return ++LastSequence;
    }

    /// <summary>The customer's window is connected again: bumps the version so a pending "connection lost" end loses.</summary>
    public void CustomerBack(DateTimeOffset now)
    {
        CustomerConnection = CustomerConnection.Connected;
        CustomerSeenAt = now;
        CustomerGoneAt = null;
        Version++;
    }

    /// <summary>Ends a live chat whose customer is gone: the window was closed (left) and nobody came back within
    /// <paramref name="leftGrace"/>, or no window renewed the lease for <paramref name="dropGrace"/>. A queued chat is
    /// abandoned. False when the customer is (again) here, so a reload or a reconnect wins.</summary>
    public bool EndIfCustomerGone(DateTimeOffset now, TimeSpan leftGrace, TimeSpan dropGrace)
    {
        if (!IsLive) return false;
        var left = CustomerConnection == CustomerConnection.Left && CustomerGoneAt is { } gone && gone <= now - leftGrace
            && !(CustomerSeenAt > gone);
        var lost = CustomerSeenAt is { } seen && seen < now - dropGrace;
        if (!left && !lost) return false;
        End(Status == SessionStatus.Queued ? Conversations.EndReason.Abandoned
            : left ? Conversations.EndReason.CustomerLeft : Conversations.EndReason.ConnectionLost, now);
        return true;
    }

    private void Move(SessionStatus next)
    {
        if (!CanMove(Status, next)) throw new InvalidSessionTransitionException(Status, next);
        Status = next;
        Version++;
    }
}

public sealed class InvalidSessionTransitionException(SessionStatus from, SessionStatus to)
    : InvalidOperationException($"A chat cannot go from {from} to {to}.")
{
    public SessionStatus From { get; } = from;
    public SessionStatus To { get; } = to;
}
