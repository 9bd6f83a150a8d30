using ChatDesk.Features.Conversations;

namespace ChatDesk.Tests.Features.Bots;

/// <summary>The bot's part of the state machine: in by starting with the bot, out only by hand-off or an end.</summary>
public sealed class BotTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SessionStatus.PreChat, SessionStatus.Bot)]
    [InlineData(SessionStatus.Bot, SessionStatus.Queued)]
    [InlineData(SessionStatus.Bot, SessionStatus.Ended)]
    public void AllowsTheBotTransitions(SessionStatus from, SessionStatus to) => Assert.True(ChatSession.CanMove(from, to));

    [Theory]
    [InlineData(SessionStatus.Bot, SessionStatus.Active)]
    [InlineData(SessionStatus.Queued, SessionStatus.Bot)]
    [InlineData(SessionStatus.Active, SessionStatus.Bot)]
    [InlineData(SessionStatus.Faq, SessionStatus.Bot)]
    public void RefusesOtherWaysInOrOut(SessionStatus from, SessionStatus to) => Assert.False(ChatSession.CanMove(from, to));

    [Fact]
    public void HandingOffQueuesTheChatFromNow()
    {
        var session = new ChatSession();
        session.StartWithBot();

        session.HandOff(Now);

        Assert.Equal(SessionStatus.Queued, session.Status);
        Assert.Equal(Now, session.RequestedAt);
    }

    [Fact]
    public void ResolvingEndsTheChatAsResolvedByTheBot()
    {
        var session = new ChatSession();
        session.StartWithBot();

        session.ResolveByBot(Now);

        Assert.Equal((SessionStatus.Ended, EndReason.ResolvedByBot, Now), (session.Status, session.EndReason, session.EndedAt));
    }

    [Fact]
    public void AChatNoLongerWithTheBotCannotBeHandedOffOrResolvedAgain()
    {
        var session = new ChatSession();
        session.StartWithBot();
        session.HandOff(Now);
        var version = session.Version;

        Assert.Throws<InvalidSessionTransitionException>(() => session.HandOff(Now.AddMinutes(1)));
        Assert.Throws<InvalidSessionTransitionException>(() => session.ResolveByBot(Now.AddMinutes(1)));
        Assert.Equal((SessionStatus.Queued, Now, version), (session.Status, session.RequestedAt, session.Version));
    }

    [Fact]
    public void ACustomerGoneFromABotChatEndsIt()
    {
        var session = new ChatSession { CustomerSeenAt = Now };
        session.StartWithBot();

        Assert.True(session.EndIfCustomerGone(Now.AddMinutes(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)));
        Assert.Equal((SessionStatus.Ended, EndReason.ConnectionLost), (session.Status, session.EndReason));
    }
}
