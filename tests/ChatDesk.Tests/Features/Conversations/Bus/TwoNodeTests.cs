using ChatDesk.Features.Admin.Channels;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Conversations.Bus;

/// <summary>Issue 14.2: the whole app twice (two nodes) over one database and one Redis, with ChatDesk:Redis set.</summary>
public sealed class TwoNodeTests : IAsyncLifetime
{
    private static readonly StaffActor Admin = new("admin-id", "Maja Lindberg", new HashSet<string> { StaffRoles.Admin });
    private readonly SharedMemoryDatabase database = new();
    private RedisTestServer redis = null!;
    private ChatDeskFactory nodeA = null!, nodeB = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisTestServer.StartNewAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ChatDesk:Redis"] = redis.ConnectionString,
            ["ChatDesk:RedisChannelPrefix"] = "two-nodes-" + Guid.NewGuid().ToString("N"),
        };
        nodeA = new ChatDeskFactory(database, settings);
        nodeB = new ChatDeskFactory(database, settings);
        _ = nodeA.Services;
        _ = nodeB.Services;
    }

    private static T Get<T>(ChatDeskFactory node) where T : notnull => node.Services.GetRequiredService<T>();

    [Fact]
    public async Task AMessageSentOnOneNodeShowsInAChatViewOnTheOther()
    {
        var channel = (await Get<ChannelDirectory>(nodeA).FindAsync("support", default))!;
        var chat = await Get<ConversationService>(nodeA).StartAsync(channel.Id,
            new CustomerDetails { Name = "Kim", Email = "kim@example.com" }, "Where is my order?", null, default);
        using (var scope = nodeA.Services.CreateScope())
        {
            var agent = await scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>().FindByNameAsync("agent1");
            Assert.Equal(AcceptOutcome.Accepted, await Get<AgentDesk>(nodeA).AcceptAsync(agent!.Id, chat.Id, default));
        }
        // A view of the chat on node B, as the agent's conversation and the customer page follow one: subscribe,
        // then load after the last sequence shown whenever the bus says "look".
        var shown = new List<string>();
        var newText = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var conversations = Get<ConversationService>(nodeB);
        var gate = new SemaphoreSlim(1);
        using var view = Get<IChatEvents>(nodeB).SubscribeSession(chat.Id, async e =>
        {
            if (e is not MessageAdded) return;
            await gate.WaitAsync();
            try
            {
                shown.AddRange((await conversations.MessagesAfterAsync(chat.Id, shown.Count, default)).Select(m => m.Text));
                if (shown.Contains("Is it shipped yet?")) newText.TrySetResult();
            }
            catch (Exception ex) { newText.TrySetException(ex); }
            finally { gate.Release(); }
        });
        // Under the gate too: the accept's own events may still be on their way and must not load alongside it.
        await gate.WaitAsync();
        try { shown.AddRange((await conversations.MessagesAfterAsync(chat.Id, 0, default)).Select(m => m.Text)); }
        finally { gate.Release(); }

        var sent = await Get<ConversationService>(nodeA).SendAsync(chat.Id, AuthorKind.Customer, "Kim", Guid.NewGuid(), "Is it shipped yet?", default);
        await newText.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(SendResult.Sent, sent);
        Assert.Equal("Where is my order?", shown[0]);
        Assert.Equal("Is it shipped yet?", shown[^1]); // after the agent's welcome, each line once
        Assert.Equal(shown.Count, shown.Distinct().Count());
    }

    [Fact]
    public async Task AChannelSavedOnOneNodeIsReadAgainByAnOpenPageOnTheOther()
    {
        var channels = Get<ChannelDirectory>(nodeB);
        var channel = (await channels.FindAsync("support", default))!;
        var reloaded = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        async Task ReloadAsync() => reloaded.TrySetResult((await channels.FindByIdAsync(channel.Id, default))!.Name);
        using var page = Get<ChannelSettingsChanged>(nodeB).OnChanged(channel.Id, () => _ = ReloadAsync());

        var admin = Get<ChannelAdmin>(nodeA);
        var edited = (await admin.GetAsync(Admin, channel.Id, default))!;
        edited.Name = "Support (renamed on A)";
        var saved = await admin.SaveAsync(Admin, edited, default);

        Assert.True(saved.Saved, string.Join(", ", saved.Errors));
        Assert.Equal("Support (renamed on A)", await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    public async Task DisposeAsync()
    {
        await nodeA.DisposeAsync();
        await nodeB.DisposeAsync();
        await redis.DisposeAsync();
        database.Dispose();
    }
}
