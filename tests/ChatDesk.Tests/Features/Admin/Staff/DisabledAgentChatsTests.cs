using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Admin.Staff;

public sealed class DisabledAgentChatsTests : IAsyncLifetime
{
    private readonly AdminServices world = new();
    private StaffActor adminActor = default!;
    private StaffUser anna = default!, olle = default!;
    private int channelId;

    public async Task InitializeAsync()
    {
        adminActor = AdminServices.ActorFor(await world.AddUserAsync("boss", StaffRoles.Admin), StaffRoles.Admin);
        anna = await world.AddUserAsync("anna", StaffRoles.Agent, u => u.DisplayName = "Anna Svensson");
        olle = await world.AddUserAsync("olle", StaffRoles.Agent, u => u.DisplayName = "Olle Lund");
        channelId = world.Database.AddChannel("support-sv", c => c.Language = "sv").Id;
    }

    public async Task DisposeAsync() => await world.DisposeAsync();

    private Task<ChatSession> StartAsync(string name) =>
        world.Conversations.StartAsync(channelId, new CustomerDetails { Name = name }, "Hej", null, CancellationToken.None);

    [Fact]
    public async Task DisablingAnAgentPutsTheirChatBackAtTheFrontOfTheQueueWithANoticeForTheCustomer()
    {
        var chat = await StartAsync("Kim");
        var later = await StartAsync("Lo");
        Assert.True(await world.Conversations.AcceptAsync(chat.Id, anna.Id, "Anna", "", CancellationToken.None));
        await world.Presence.ConnectAsync(anna.Id, Presence.Present, CancellationToken.None);

        Assert.True((await world.Staff.SetDisabledAsync(adminActor, anna.Id, true, CancellationToken.None)).Succeeded);

        var requeued = await world.Conversations.FindAsync(chat.Id, CancellationToken.None);
        Assert.Equal((SessionStatus.Queued, null), (requeued!.Status, requeued.AgentId));
        var waiting = await new QueueService(world.Database).WaitingAsync([channelId], CancellationToken.None);
        Assert.Equal([chat.Id, later.Id], waiting.Select(w => w.SessionId));
        var notice = (await world.Conversations.MessagesAfterAsync(chat.Id, 0, CancellationToken.None))[^1];
        Assert.Equal(MessageKind.Notice, notice.Kind);
        Assert.Equal("Anna är inte längre tillgänglig. Du står först i kön igen och nästa handläggare svarar.", notice.Text);
        Assert.False(world.Presence.IsOnline(anna.Id));

        Assert.True(await world.Conversations.AcceptAsync(chat.Id, olle.Id, "Olle", "", CancellationToken.None));
    }

    [Fact]
    public async Task ADisabledAgentsTabNoLongerRenewsTheirPresence()
    {
        await world.Presence.ConnectAsync(anna.Id, Presence.Present, CancellationToken.None);

        await world.Staff.SetDisabledAsync(adminActor, anna.Id, true, CancellationToken.None);
        await world.Presence.RenewAsync(CancellationToken.None);
        await world.Presence.RefreshAsync(CancellationToken.None);

        Assert.False(world.Presence.IsOnline(anna.Id));
        using var db = world.Database.CreateDbContext();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == anna.Id)).PresenceLeaseUntil);
    }
}
