using ChatDesk.Features.Abuse;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Abuse;

public sealed class ChatSendThrottleTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AllowsFiveMessagesInFiveSecondsThenRefusesUntilTheWindowPasses()
    {
        var throttle = new ChatSendThrottle(time);

        for (var i = 0; i < 5; i++) Assert.True(throttle.TryTake(1));
        Assert.False(throttle.TryTake(1));

        time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(throttle.TryTake(1));
    }

    [Fact]
    public void FourTabsOnOneChatShareOneLimit()
    {
        var throttle = new ChatSendThrottle(time);
        var accepted = 0;

        // Four windows of chat 7 take turns flooding for 20 seconds, one send each per 100 ms.
        for (var tick = 0; tick < 200; tick++)
        {
            for (var tab = 0; tab < 4; tab++)
                if (throttle.TryTake(7)) accepted++;
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        // 20 s at 5 per 5 s is 20 messages, whatever the number of tabs.
        Assert.Equal(20, accepted);
    }

    [Fact]
    public void OneChatsFloodDoesNotSlowAnotherChat()
    {
        var throttle = new ChatSendThrottle(time);
        for (var i = 0; i < 5; i++) Assert.True(throttle.TryTake(1));
        Assert.False(throttle.TryTake(1));

        Assert.True(throttle.TryTake(2));
    }

    [Fact]
    public void IdleChatsAreForgotten()
    {
        var throttle = new ChatSendThrottle(time);
        for (long chat = 1; chat <= 1000; chat++) throttle.TryTake(chat);
        Assert.Equal(1000, throttle.TrackedChats);

        time.Advance(TimeSpan.FromSeconds(6));
        throttle.TryTake(5000);

        Assert.Equal(1, throttle.TrackedChats);
    }
}
