using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Supervision;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Supervision;

/// <summary>Manager warnings reach the dashboard of every manager of the channel, also one who may not answer.</summary>
public sealed class ManagerWarningsTests : IDisposable
{
    private readonly AgentWorld world = new();

    private static StaffActor Supervisor(string id) => new(id, id, new HashSet<string> { StaffRoles.Supervisor });

    private async Task<long> WarnedChatAsync(string customer)
    {
        var chat = await world.StartChatAsync(customer);
        await using var db = world.Database.CreateDbContext();
        await db.Sessions.Where(s => s.Id == chat).ExecuteUpdateAsync(u => u.SetProperty(s => s.ManagerWarnedAt, world.Time.GetUtcNow()));
        return chat;
    }

    [Fact]
    public async Task AManagerWithoutRespondRightsSeesTheWarningAndAPlainMemberDoesNot()
    {
        await using (var db = world.Database.CreateDbContext())
            await db.ChannelMembers.Where(m => m.UserId == "lars").ExecuteUpdateAsync(u => u.SetProperty(m => m.CanRespond, false));
        await world.StartChatAsync("Not warned yet");
        var chat = await WarnedChatAsync("Kim");
        var warnings = new ManagerWarnings(world.Database);

        var seen = await warnings.ListAsync(Supervisor("lars"), null, CancellationToken.None);

        Assert.Equal(chat, Assert.Single(seen).SessionId);
        Assert.Equal("Kim", seen[0].CustomerName);
        Assert.Empty(await warnings.ListAsync(Supervisor("anna"), null, CancellationToken.None));
        var warning = new QueueWarning(chat, world.ChannelId, "Kim", 5, ForManagers: true);
        Assert.True(await warnings.ConcernsAsync(Supervisor("lars"), warning, CancellationToken.None));
        Assert.False(await warnings.ConcernsAsync(Supervisor("anna"), warning, CancellationToken.None));
        Assert.False(await warnings.ConcernsAsync(Supervisor("lars"), warning with { ForManagers = false }, CancellationToken.None));
    }

    [Fact]
    public async Task AnAnsweredChatNoLongerWarns()
    {
        var chat = await WarnedChatAsync("Kim");
        await world.Get<ChatDesk.Features.Agents.AgentDesk>().AcceptAsync("anna", chat, CancellationToken.None);

        Assert.Empty(await new ManagerWarnings(world.Database).ListAsync(Supervisor("lars"), null, CancellationToken.None));
    }

    public void Dispose() => world.Dispose();
}
