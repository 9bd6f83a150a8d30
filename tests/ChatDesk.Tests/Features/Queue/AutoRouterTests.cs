using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Queue;
using ChatDesk.Hosting.Jobs;
using ChatDesk.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Queue;

public sealed class AutoRouterTests : IDisposable
{
    private readonly TestDatabase database = new();
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    private readonly AgentPresence presence;
    private readonly ConversationService conversations;
    private readonly AutoRouter router;
    private readonly int channelId;

    public AutoRouterTests()
    {
        presence = new AgentPresence(database, new RecordingChatEvents(), time, Options.Create(new AgentOptions()));
        conversations = new ConversationService(database, new RecordingChatEvents(), time);
        var queue = new QueueService(database);
        router = new AutoRouter(database, conversations, queue, presence, new RecordingChatEvents(),
            new JobLeases(database, time, NullLogger<JobLeases>.Instance), NullLogger<AutoRouter>.Instance);
        using (var db = database.CreateDbContext())
        {
            foreach (var (id, capacity) in new[] { ("a", 2), ("b", 2), ("c", 2) })
                db.Users.Add(new StaffUser { Id = id, UserName = id, DisplayName = id.ToUpperInvariant() + " Agent", Capacity = capacity });
            db.SaveChanges();
        }
        channelId = database.AddChannel(configure: c =>
        {
            c.Routing = RoutingMode.Automatic;
            c.Members = [new() { UserId = "a" }, new() { UserId = "b" }, new() { UserId = "c", CanRespond = false }];
        }).Id;
    }

    private async Task<long> QueueAsync()
    {
        time.Advance(TimeSpan.FromSeconds(1));
        return (await conversations.StartAsync(channelId, new CustomerDetails { Name = "Kim" }, "Hi", null, CancellationToken.None)).Id;
    }

    private async Task<string?> AgentOfAsync(long sessionId) => (await conversations.FindAsync(sessionId, CancellationToken.None))!.AgentId;

    [Fact]
    public async Task ChatsGoToThePresentMemberWithTheFewestActiveChats()
    {
        await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);
        await presence.ConnectAsync("b", Presence.Present, CancellationToken.None);
        await presence.ConnectAsync("c", Presence.Present, CancellationToken.None);
        var chats = new List<long>();
        for (var i = 0; i < 4; i++) chats.Add(await QueueAsync());

        await router.AssignAllAsync(CancellationToken.None);

        var agents = new List<string?>();
        foreach (var chat in chats) agents.Add(await AgentOfAsync(chat));
        Assert.Equal(2, agents.Count(a => a == "a"));
        Assert.Equal(2, agents.Count(a => a == "b"));
    }

    [Fact]
    public async Task WhenEveryoneIsFullTheChatWaitsAndIsAssignedWhenSomeoneFreesUp()
    {
        await presence.ConnectAsync("a", Presence.Present, CancellationToken.None);
        var first = await QueueAsync();
        var second = await QueueAsync();
        var third = await QueueAsync();
        await router.AssignAllAsync(CancellationToken.None);
        Assert.Null(await AgentOfAsync(third));

        await conversations.EndAsync(first, EndReason.Agent, CancellationToken.None);
        await router.AssignAllAsync(CancellationToken.None);

        Assert.Equal("a", await AgentOfAsync(third));
        Assert.Equal("a", await AgentOfAsync(second));
    }

    [Fact]
    public async Task AwayAgentsGetNothing()
    {
        await presence.ConnectAsync("a", Presence.Away, CancellationToken.None);
        var chat = await QueueAsync();

        await router.AssignAllAsync(CancellationToken.None);

        Assert.Null(await AgentOfAsync(chat));
    }

    public void Dispose() => database.Dispose();
}
