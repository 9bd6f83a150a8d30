namespace ChatDesk.Features.Conversations;

/// <summary>What the holder of a chat's token may still do once the chat is over (issue 10): read the ended chat
/// (log, rating, transcript) for Chat:EndedAccessMinutes, and go back into it within Chat:ReturnMinutes.</summary>
/// <param name="ReturnUntil">"Return to chat" is offered and accepted before this; null when the chat cannot return.</param>
/// <param name="AccessUntil">The token opens the chat before this; null while the chat is still going.</param>
public readonly record struct TokenDeadlines(DateTimeOffset? ReturnUntil, DateTimeOffset? AccessUntil)
{
    /// <summary>The next moment what the customer may do changes, after <paramref name="now"/>.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset now) =>
        ReturnUntil > now ? ReturnUntil : AccessUntil > now ? AccessUntil : null;
}

/// <summary>Why "Return to chat" did or did not happen.</summary>
public enum ReturnOutcome
{
    Returned,

    /// <summary>Past Chat:ReturnMinutes after the end: the customer is told and starts a new chat if they need one.</summary>
    TooLate,

    /// <summary>The chat is not ended (another window returned already) or is gone.</summary>
    NotEnded,
}

public sealed partial class ChatSession
{
    /// <summary>Set only on the session <see cref="ConversationService.StartAsync"/> returns, for the browser to keep;
    /// never stored (the database holds <see cref="TokenHash"/>).</summary>
    public string? IssuedToken { get; internal set; }

    /// <summary>When the chat stopped for its customer: a chat over without an end time (a posted request from
    /// before the time was kept) counts from its start, so an old token never opens it.</summary>
    private DateTimeOffset? FinishedAt => Status is SessionStatus.Ended or SessionStatus.Abandoned
        or SessionStatus.ResolvedByFaq or SessionStatus.TicketPosted ? EndedAt ?? CreatedAt : null;

    public TokenDeadlines DeadlinesFor(ChatOptions options) => new(
        Status == SessionStatus.Ended && EndedAt is { } ended ? ended + options.ReturnWindow : null,
        FinishedAt + options.EndedAccess);

    /// <summary>Past Chat:EndedAccessMinutes after the end the token is treated as unknown.</summary>
    public bool TokenExpired(DateTimeOffset now, ChatOptions options) => DeadlinesFor(options).AccessUntil <= now;

    public bool CanReturn(DateTimeOffset now, ChatOptions options) => DeadlinesFor(options).ReturnUntil > now;
}
