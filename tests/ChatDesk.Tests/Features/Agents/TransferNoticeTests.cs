using Microsoft.EntityFrameworkCore;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Conversations;
using ChatDesk.Resources;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Agents;

/// <summary>A transfer that comes to nothing is told to its sender, with the reason, from the database.</summary>
public sealed class TransferNoticeTests : IDisposable
{
    private readonly AgentWorld world = new();

    private async Task<long> OfferedAsync()
    {
        var chat = await world.ActiveChatAsync("anna", "Kim");
        var session = (await world.Get<ConversationService>().FindAsync(chat, CancellationToken.None))!;
        Assert.True(await world.Get<TransferBoard>().TryOfferAsync(session, "anna", "Anna", "bo", CancellationToken.None));
        return chat;
    }

    [Fact]
    public async Task ARejectedTransferLeavesTheSenderANoticeWithWhoDeclined()
    {
        var chat = await OfferedAsync();
        var board = world.Get<TransferBoard>();

        Assert.True(await board.RejectAsync(chat, "bo", CancellationToken.None));

        var notice = await board.NoticeForAsync(chat, "anna", CancellationToken.None);
        Assert.NotNull(notice);
        Assert.Equal("Bo Berg declined the transfer. The chat stays with you.", ConversationState.NoticeText(notice, StaffText.For("en")));
        Assert.Equal("Bo Berg tackade nej till överföringen. Chatten stannar hos dig.", ConversationState.NoticeText(notice, StaffText.For("sv")));
        Assert.Contains(world.Events.Published, e => e is TransferChanged c && c.SessionId == chat);
        Assert.Null(await board.NoticeForAsync(chat, "bo", CancellationToken.None)); // only the sender is told
    }

    [Fact]
    public async Task AnOfferToSomeoneWhoseWorkspaceStaysClosedForAMinuteExpiresAndTheSenderIsTold()
    {
        var chat = await OfferedAsync();
        var board = world.Get<TransferBoard>();

        await using (var db = world.Database.CreateDbContext())
            await db.Users.Where(u => u.Id == "bo").ExecuteUpdateAsync(u => u.SetProperty(s => s.PresenceLeaseUntil, world.Time.GetUtcNow()));
        Assert.Equal(0, await board.ExpireAsync(CancellationToken.None)); // the lease has just run out: a restart looks like this
        world.Time.Advance(TransferBoard.ReceiverGoneFor - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await board.ExpireAsync(CancellationToken.None));
        world.Time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await board.ExpireAsync(CancellationToken.None));

        Assert.Null(await board.PendingForAsync(chat, CancellationToken.None));
        var notice = await board.NoticeForAsync(chat, "anna", CancellationToken.None);
        Assert.Equal(TransferOutcome.Expired, notice!.Outcome);
        Assert.StartsWith("The transfer to Bo Berg expired", ConversationState.NoticeText(notice, StaffText.For("en")));
    }

    [Fact]
    public async Task DismissingOrOfferingAgainClearsTheNotice()
    {
        var chat = await OfferedAsync();
        var board = world.Get<TransferBoard>();
        await board.RejectAsync(chat, "bo", CancellationToken.None);
        var session = (await world.Get<ConversationService>().FindAsync(chat, CancellationToken.None))!;

        Assert.True(await board.TryOfferAsync(session, "anna", "Anna", "bo", CancellationToken.None));
        Assert.Null(await board.NoticeForAsync(chat, "anna", CancellationToken.None));
        await board.RejectAsync(chat, "bo", CancellationToken.None);
        await board.DismissAsync(chat, "anna", CancellationToken.None);
        Assert.Null(await board.NoticeForAsync(chat, "anna", CancellationToken.None));
    }

    public void Dispose() => world.Dispose();
}
