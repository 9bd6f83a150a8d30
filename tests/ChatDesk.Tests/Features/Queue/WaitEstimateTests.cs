using ChatDesk.Features.Channels;
using ChatDesk.Features.Queue;

namespace ChatDesk.Tests.Features.Queue;

public sealed class WaitEstimateTests
{
    private static List<RecentWait> Waits(params (int Seconds, int Position)[] waits) =>
        waits.Select(w => new RecentWait(TimeSpan.FromSeconds(w.Seconds), w.Position)).ToList();

    [Fact]
    public void IsHiddenUntilThereAreEnoughAnsweredChats() =>
        Assert.Null(WaitEstimate.Minutes(Waits((60, 1), (60, 1), (60, 1), (60, 1)), position: 1, presentAgents: 1));

    [Fact]
    public void IsHiddenWhenNobodyIsPresentToAnswer() =>
        Assert.Null(WaitEstimate.Minutes(Waits((60, 1), (60, 1), (60, 1), (60, 1), (60, 1)), position: 1, presentAgents: 0));

    [Fact]
    public void GrowsWithThePositionInTheQueue()
    {
        // Two minutes per place, whatever place the sample chats joined at.
        var recent = Waits((120, 1), (240, 2), (360, 3), (120, 1), (240, 2));

        Assert.Equal(2, WaitEstimate.Minutes(recent, position: 1, presentAgents: 2));
        Assert.Equal(6, WaitEstimate.Minutes(recent, position: 3, presentAgents: 2));
    }

    [Fact]
    public void OneForgottenChatDoesNotSkewIt()
    {
        var recent = Waits((60, 1), (60, 1), (60, 1), (60, 1), (36_000, 1));

        Assert.Equal(1, WaitEstimate.Minutes(recent, position: 1, presentAgents: 1));
    }

    [Fact]
    public void RoundsUpToAtLeastOneMinute() =>
        Assert.Equal(1, WaitEstimate.Minutes(Waits((5, 1), (5, 1), (5, 1), (5, 1), (5, 1)), position: 1, presentAgents: 1));

    [Theory]
    [InlineData(10, null, 9, 1, QueueFallbackReason.None)]
    [InlineData(10, null, 10, 1, QueueFallbackReason.LongWait)]
    [InlineData(null, 5, 0, 4, QueueFallbackReason.None)]
    [InlineData(null, 5, 0, 5, QueueFallbackReason.LongQueue)]
    [InlineData(10, 5, 12, 6, QueueFallbackReason.LongWait)]
    [InlineData(null, null, 600, 100, QueueFallbackReason.None)]
    public void OffersTheOfflineFormAfterTheFallbackLimit(int? minutes, int? length, int waitedMinutes, int position, QueueFallbackReason reason)
    {
        var channel = new ChatChannel { QueueFallbackMinutes = minutes, QueueFallbackLength = length };

        Assert.Equal(reason, QueueFallback.Reason(channel, TimeSpan.FromMinutes(waitedMinutes), position));
    }
}
