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
