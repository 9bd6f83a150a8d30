using ChatDesk.Features.Conversations;
using Microsoft.Extensions.Logging;

namespace ChatDesk.Tests.Features.Conversations;

/// <summary>Closed tabs leave disposed subscriptions and cancelled handlers behind: neither is a warning.</summary>
public sealed class InProcessChatEventsTests
{
    private readonly CountingLogger logger = new();

    [Fact]
    public async Task ADisposedSubscriptionGetsNoMoreEvents()
    {
        var hub = new InProcessChatEvents(logger);
        var delivered = 0;
        hub.SubscribeSession(1, _ => { delivered++; return Task.CompletedTask; }).Dispose();

        hub.Publish(new MessageAdded(1, 1, 1));
        await Task.Delay(50);

        Assert.Equal(0, delivered);
    }

    [Fact]
    public async Task AHandlerCancelledByItsTeardownIsNotLoggedButABrokenOneIs()
    {
        var hub = new InProcessChatEvents(logger);
        using var cancelled = hub.SubscribeSession(1, _ => Task.FromCanceled(new CancellationToken(true)));
        var broken = hub.SubscribeSession(1, _ => throw new InvalidOperationException("bug"));

        hub.Publish(new MessageAdded(1, 1, 1));
        await Task.Delay(50);

        Assert.Equal(1, logger.Warnings);
        broken.Dispose();
    }

    [Fact]
    public void AChannelsSubscribersHearItsStateChangesButNotEachChatsMessagesOrTyping()
    {
        var hub = new InProcessChatEvents(logger);
        var heard = new List<ChatEvent>();
        using var channel = hub.Subscribe(new ChatTopics(Channels: [7]), e => { heard.Add(e); return Task.CompletedTask; });

        hub.Publish(new MessageAdded(1, 7, 1));
        hub.Publish(new TypingChanged(1, 7, AuthorKind.Customer, true));
        hub.Publish(new SessionChanged(1, 8, SessionStatus.Queued));
        hub.Publish(new SessionChanged(1, 7, SessionStatus.Queued));

        Assert.Equal([new SessionChanged(1, 7, SessionStatus.Queued)], heard);
    }

    [Fact]
    public void AnAgentHearsItsOwnChatsMessagesOnceAlsoWhenItListensToTheirChannel()
    {
        var hub = new InProcessChatEvents(logger);
        var heard = new List<long>();
        using var workspace = hub.Subscribe(new ChatTopics(Channels: [7], AgentId: "anna"), e => { heard.Add(e.SessionId); return Task.CompletedTask; });

        hub.Publish(new MessageAdded(1, 7, 1) { AgentId = "anna" });
        hub.Publish(new MessageAdded(2, 7, 1) { AgentId = "bo" });
        hub.Publish(new SessionChanged(3, 7, SessionStatus.Active) { AgentId = "anna" });

        Assert.Equal([1L, 3L], heard);
    }

    [Fact]
    public void OnlyTheEventsSessionIsAskedAndAClosedViewLeavesNothingFiled()
    {
        var hub = new InProcessChatEvents(logger);
        var asked = new List<long>();
        var views = Enumerable.Range(1, 100)
            .Select(i => hub.SubscribeSession(i, e => { asked.Add(i); return Task.CompletedTask; })).ToList();
        using var everything = hub.SubscribeChannels(_ => Task.CompletedTask);

        hub.Publish(new MessageAdded(42, 1, 1));

        Assert.Equal([42L], asked);
        Assert.Equal(101, hub.Filed);
        views.ForEach(v => v.Dispose());
        Assert.Equal(1, hub.Filed);
    }

    private sealed class CountingLogger : ILogger<InProcessChatEvents>
    {
        public int Warnings { get; private set; }

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning) Warnings++;
        }
    }
}
