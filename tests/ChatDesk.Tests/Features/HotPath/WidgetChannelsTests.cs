using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.HotPath;

/// <summary>Issue 12: the widget's polls read the channel at most once per 10 s, and at once after an admin's save.</summary>
public sealed class WidgetChannelsTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly ChannelSettingsChanged changed = new(new InProcessChatEvents(NullLogger<InProcessChatEvents>.Instance));

    private async Task<int> ReadsForAsync(WidgetChannels channels, Action? between = null)
    {
        using var window = database.Commands.Begin();
        between?.Invoke();
        Assert.Equal("support", (await channels.FindAsync("support", default))?.Slug);
        return window.Count;
    }

    [Fact]
    public async Task PollsWithinTenSecondsShareOneReadAndASaveOrTimeReadsAgain()
    {
        database.AddChannel("support");
        using var channels = new WidgetChannels(new ChannelDirectory(database), changed, time);

        Assert.Equal(1, await ReadsForAsync(channels));
        Assert.Equal(0, await ReadsForAsync(channels, () => time.Advance(TimeSpan.FromSeconds(9))));
        Assert.Equal(1, await ReadsForAsync(channels, () => changed.Publish(1)));
        Assert.Equal(1, await ReadsForAsync(channels, () => time.Advance(TimeSpan.FromSeconds(11))));
    }

    [Fact]
    public async Task AnUnknownChannelIsNotKept()
    {
        using var channels = new WidgetChannels(new ChannelDirectory(database), changed, time);
        Assert.Null(await channels.FindAsync("nope", default));
        database.AddChannel("nope");

        Assert.NotNull(await channels.FindAsync("nope", default));
    }

    public void Dispose() => database.Dispose();
}
