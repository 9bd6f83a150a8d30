namespace ChatDesk.Features.Conversations;

// The bot's part of the state machine (Features/Bots): a chat that starts with the bot leaves it only by a
// hand-off to the queue or an end. Both are refused unless the chat is with the bot now, so of a bot and a
// customer pressing "Talk to a person" at once exactly one wins and the other is told "not now".
public sealed partial class ChatSession
{
    /// <summary>The channel sends new chats to a bot first.</summary>
    public void StartWithBot() => Move(SessionStatus.Bot);

    /// <summary>To the queue with the whole conversation; it waits from now on, like a newly queued chat.</summary>
    public void HandOff(DateTimeOffset now)
    {
        if (Status != SessionStatus.Bot) throw new InvalidSessionTransitionException(Status, SessionStatus.Queued);
        Move(SessionStatus.Queued);
        RequestedAt = now;
    }

    /// <summary>The bot answered the question: the chat ends as resolved by the bot (the customer can still rate it).</summary>
    public void ResolveByBot(DateTimeOffset now)
    {
        if (Status != SessionStatus.Bot) throw new InvalidSessionTransitionException(Status, SessionStatus.Ended);
        End(Conversations.EndReason.ResolvedByBot, now);
    }
}
