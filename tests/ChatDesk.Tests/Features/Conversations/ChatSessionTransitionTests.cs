using ChatDesk.Features.Conversations;

namespace ChatDesk.Tests.Features.Conversations;

public sealed class ChatSessionTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SessionStatus.PreChat, SessionStatus.Queued)]
    [InlineData(SessionStatus.PreChat, SessionStatus.Faq)]
    [InlineData(SessionStatus.PreChat, SessionStatus.Offline)]
    [InlineData(SessionStatus.Faq, SessionStatus.Queued)]
    [InlineData(SessionStatus.Faq, SessionStatus.ResolvedByFaq)]
    [InlineData(SessionStatus.Queued, SessionStatus.Active)]
    [InlineData(SessionStatus.Queued, SessionStatus.Abandoned)]
    [InlineData(SessionStatus.Queued, SessionStatus.Offline)]
    [InlineData(SessionStatus.Active, SessionStatus.Ended)]
    [InlineData(SessionStatus.Active, SessionStatus.Queued)]
    [InlineData(SessionStatus.Ended, SessionStatus.Active)]
    [InlineData(SessionStatus.Ended, SessionStatus.Queued)]
    [InlineData(SessionStatus.Offline, SessionStatus.TicketPosted)]
    public void AllowsTheDesignedTransitions(SessionStatus from, SessionStatus to) => Assert.True(ChatSession.CanMove(from, to));

    [Theory]
    [InlineData(SessionStatus.PreChat, SessionStatus.Active)]
    [InlineData(SessionStatus.Queued, SessionStatus.Ended)]
    [InlineData(SessionStatus.Active, SessionStatus.Abandoned)]
    [InlineData(SessionStatus.Abandoned, SessionStatus.Queued)]
    [InlineData(SessionStatus.ResolvedByFaq, SessionStatus.Queued)]
    [InlineData(SessionStatus.TicketPosted, SessionStatus.Active)]
    [InlineData(SessionStatus.Offline, SessionStatus.Active)]
    public void RefusesEverythingElse(SessionStatus from, SessionStatus to) => Assert.False(ChatSession.CanMove(from, to));

    [Fact]
    public void EndingAQueuedChatAsAnAgentIsRefusedAndChangesNothing()
    {
        var session = new ChatSession();
        session.Queue(Now);

        var error = Assert.Throws<InvalidSessionTransitionException>(() => session.End(EndReason.Agent, Now));

        Assert.Equal(SessionStatus.Queued, session.Status);
        Assert.Equal(SessionStatus.Ended, error.To);
        Assert.Null(session.EndedAt);
    }

    [Fact]
    public void AcceptingRecordsTheAgentAndTheTime()
    {
        var session = new ChatSession();
        session.Queue(Now);

        session.Accept("agent-1", "Anna", Now.AddMinutes(2));

        Assert.Equal(SessionStatus.Active, session.Status);
        Assert.Equal("agent-1", session.AgentId);
        Assert.Equal(Now.AddMinutes(2), session.AcceptedAt);
        Assert.Equal(Now, session.RequestedAt);
    }

    [Fact]
    public void LeavingTheQueueIsAbandonedWithItsReason()
    {
        var session = new ChatSession();
        session.Queue(Now);

        session.End(EndReason.Abandoned, Now.AddMinutes(1));

        Assert.Equal(SessionStatus.Abandoned, session.Status);
        Assert.Equal(EndReason.Abandoned, session.EndReason);
    }
}
