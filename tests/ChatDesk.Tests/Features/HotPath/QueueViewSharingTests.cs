using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Queue;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>Issue 12: the queue view is read once per channel per change and shared by every waiting customer.</summary>
public sealed class QueueViewSharingTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly AgentWorld world = new();
    private readonly InProcessChatEvents hub = new(NullLogger<InProcessChatEvents>.Instance);

    [Fact]
    public async Task ThreeWaitingCustomersShareOneReadOfTheirQueueUntilItChanges()
    {
        var insight = new QueueInsight(world.Database, world.Get<AgentPresence>(), world.Time, hub);
        var waiting = new List<long>();
        foreach (var name in new[] { "Kim", "Lo", "Mo" })
        {
            waiting.Add(await world.StartChatAsync(name));
            world.Time.Advance(TimeSpan.FromSeconds(1));
        }
        var channel = (await world.Get<ChannelDirectory>().FindByIdAsync(world.ChannelId, None))!;

        List<QueueView> views = [];
        using (var window = world.Database.Commands.Begin())
        {
            foreach (var chat in waiting) views.Add(await insight.ViewAsync(channel, chat, None));
            window.AtMost(2); // the queue in order, and the recent waits: once for all three
        }
        Assert.Equal([1, 2, 3], views.Select(v => v.Position));
        Assert.All(views, v => Assert.Equal(3, v.QueueLength));

        await world.Get<AgentDesk>().AcceptAsync("anna", waiting[0], None);
        hub.Publish(new SessionChanged(waiting[0], world.ChannelId, SessionStatus.Active));
        var second = await insight.ViewAsync(channel, waiting[1], None);
        var first = await insight.ViewAsync(channel, waiting[0], None);

        Assert.Equal(new QueueView(1, 2, second.EstimatedMinutes, QueueFallbackReason.None), second);
        Assert.Equal(new QueueView(0, 0, null, QueueFallbackReason.None), first);
        Assert.Equal(2, insight.Reads);
    }

    public void Dispose() => world.Dispose();
}
