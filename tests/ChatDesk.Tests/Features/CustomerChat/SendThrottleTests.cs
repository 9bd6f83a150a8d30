using ChatDesk.Features.CustomerChat;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.CustomerChat;

public sealed class SendThrottleTests
{
    [Fact]
    public void AllowsFiveMessagesInFiveSecondsThenRefusesUntilTheWindowPasses()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var throttle = new SendThrottle(time);

        for (var i = 0; i < 5; i++) Assert.True(throttle.TryTake());
        Assert.False(throttle.TryTake());

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(throttle.TryTake());
    }
}
