using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>A widget poll's read that was out while an admin saved the channel must not be kept: the save cleared
/// the cache, and the old channel put back after it would stand for the whole cache time.</summary>
public sealed class WidgetChannelsRaceTests : IDisposable
{
    private readonly TestDatabase database = new(concurrent: true);
    private readonly ChannelSettingsChanged changed = new(new InProcessChatEvents(NullLogger<InProcessChatEvents>.Instance));

    [Fact]
    public async Task AReadThatStartedBeforeASaveIsAnsweredButNotKept()
    {
        var channel = database.AddChannel("support", c => c.BadgeText = "Chat with us");
        var hold = new HoldFirstRead("\"Channels\"");
        using var channels = new WidgetChannels(new ChannelDirectory(database.With(hold)), changed, TimeProvider.System);

        var poll = channels.FindAsync("support", default);
        await hold.Held.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await using (var db = database.CreateDbContext())
            await db.Channels.Where(c => c.Id == channel.Id).ExecuteUpdateAsync(u => u.SetProperty(c => c.BadgeText, "Ask us anything"));
        changed.Publish(channel.Id);
        hold.Release.SetResult();

        Assert.Equal("Chat with us", (await poll)?.BadgeText);
        Assert.Equal("Ask us anything", (await channels.FindAsync("support", default))?.BadgeText);
    }

    public void Dispose() => database.Dispose();
}
