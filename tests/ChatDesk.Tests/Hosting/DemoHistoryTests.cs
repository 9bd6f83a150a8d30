using ChatDesk.Data;
using ChatDesk.Features.Conversations;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Hosting;

/// <summary>The demo seeds four weeks of ended chats before today, the same ones every time, so the supervisor's
/// comparison with earlier weeks and the reports have something to show.</summary>
[Collection(AppHostCollection.Name)]
public sealed class DemoHistoryTests
{
    private sealed record Row(int ChannelId, SessionStatus Status, DateTimeOffset? RequestedAt, string Name, int? Rating, int Messages);

    [Fact]
    public async Task TheDemoSeedsWeeksOfEndedChatsBeforeTodayTheSameEachTime()
    {
        var first = await SeedAsync(history: true);
        var second = await SeedAsync(history: true);

        Assert.Equal(first, second);
        Assert.All(first, r => Assert.Contains(r.Status, new[] { SessionStatus.Ended, SessionStatus.Abandoned }));
        // Before today in the demo's zone (Stockholm), never in the future.
        var now = DateTimeOffset.UtcNow;
        Assert.All(first, r => Assert.InRange(r.RequestedAt!.Value, now.AddDays(-30), now.AddHours(-5)));
        // Every one of the four earlier weeks has chats, answered ones with messages, some rated.
        Assert.Equal(4, first.Select(r => (int)((now - r.RequestedAt!.Value).TotalDays / 7)).Where(w => w < 4).Distinct().Count());
        Assert.Contains(first, r => r.Status == SessionStatus.Ended && r.Messages == 4 && r.Rating is >= 1 and <= 5);
        Assert.Equal(2, first.Select(r => r.ChannelId).Distinct().Count());
    }

    [Fact]
    public async Task WithHistoryOffTheDemoHasNoChats() => Assert.Empty(await SeedAsync(history: false));

    private static async Task<List<Row>> SeedAsync(bool history)
    {
        using var database = new SharedMemoryDatabase();
        await using var factory = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Demo:History"] = history ? "true" : "false" });
        using var client = factory.CreateClient();
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<ChatDeskDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await db.Sessions.AsNoTracking()
            .Select(s => new { s.ChannelId, s.Status, s.RequestedAt, s.Customer.Name, s.Rating, Messages = s.Messages.Count, s.Id })
            .ToListAsync();
        return [.. rows.OrderBy(r => r.Id).Select(r => new Row(r.ChannelId, r.Status, r.RequestedAt, r.Name, r.Rating, r.Messages))];
    }
}
