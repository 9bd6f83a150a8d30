using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Channels;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatDesk.Tests.Features.Admin.Channels;

public sealed partial class ChannelAdminTests : IDisposable
{
    private static readonly StaffActor Admin = new("admin-id", "Maja Lindberg", new HashSet<string> { StaffRoles.Admin });
    private static readonly StaffActor Supervisor = new("sup-id", "Erik Sandberg", new HashSet<string> { StaffRoles.Supervisor });

    private readonly TestDatabase database = new();
    private readonly ChannelSettingsChanged changed = new(new InProcessChatEvents(NullLogger<InProcessChatEvents>.Instance));
    private readonly List<int> announced = [];
    private readonly ChannelAdmin admin;

    public ChannelAdminTests()
    {
        admin = new ChannelAdmin(database, new AuditLog(database, TimeProvider.System), changed);
        changed.OnChanged(id => announced.Add(id!.Value));
        using var db = database.CreateDbContext();
        db.Users.Add(new StaffUser { Id = "anna-id", UserName = "agent1", DisplayName = "Anna Svensson" });
        db.SaveChanges();
    }

    [Fact]
    public async Task ASupervisorCanNeitherReadNorChangeChannels()
    {
        var existing = database.AddChannel("support");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.ListAsync(Supervisor, default));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.GetAsync(Supervisor, existing.Id, default));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.SaveAsync(Supervisor, Valid("shop"), default));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => admin.DeleteAsync(Supervisor, existing.Id, default));

        await using var db = database.CreateDbContext();
        Assert.Equal(["support"], await db.Channels.Select(c => c.Slug).ToListAsync());
        Assert.Empty(await db.AuditEntries.ToListAsync());
    }

    [Fact]
    public async Task ASlugAnotherChannelUsesIsRefusedAtTheSlugField()
    {
        database.AddChannel("support");

        var result = await admin.SaveAsync(Admin, Valid("support"), default);

        Assert.False(result.Saved);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Slug", error.PropertyName);
        Assert.Contains("already used", error.ErrorMessage);
        await using var db = database.CreateDbContext();
        Assert.Equal(1, await db.Channels.CountAsync());
    }

    [Fact]
    public async Task InvalidSettingsSaveNothingAndNameEachField()
    {
        var channel = Valid("Bad Slug");
        channel.Look.Color = "red";
        channel.Hours.Days = [new DayHours { Day = DayOfWeek.Monday, Open = new TimeOnly(17, 0), Close = new TimeOnly(9, 0) }];

        var result = await admin.SaveAsync(Admin, channel, default);

        Assert.Equal(["Hours.Days[0].Close", "Look.Color", "Slug"], result.Errors.Select(e => e.PropertyName).Order().ToArray());
        await using var db = database.CreateDbContext();
        Assert.Empty(await db.Channels.ToListAsync());
        Assert.Empty(await db.AuditEntries.ToListAsync());
        Assert.Empty(announced);
    }

    [Fact]
    public async Task CreatingAChannelSavesItsMembersAndRecordsWhoDidIt()
    {
        var channel = Valid("shop");
        channel.Members.Add(new ChannelMember { UserId = "anna-id", CanRespond = true, IsManager = true });

        var result = await admin.SaveAsync(Admin, channel, default);

        Assert.True(result.Saved);
        var saved = await admin.GetAsync(Admin, result.Id, default);
        Assert.Equal("Shop", saved!.Name);
        var member = Assert.Single(saved.Members);
        Assert.True(member.IsManager);
        await using var db = database.CreateDbContext();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal(("channel", "created", "channel shop", "Maja Lindberg"), (entry.Area, entry.Action, entry.Subject, entry.ActorName));
        Assert.Contains("Members.Anna Svensson: (none) → can respond, notifications, manager", entry.Details);
        Assert.Equal([result.Id], announced);
    }

    [Fact]
    public async Task RemovingAMemberAndChangingPermissionsIsSaved()
    {
        var channel = Valid("shop");
        channel.Members.Add(new ChannelMember { UserId = "anna-id" });
        var created = await admin.SaveAsync(Admin, channel, default);
        var edited = (await admin.GetAsync(Admin, created.Id, default))!;
        edited.Members.Clear();

        await admin.SaveAsync(Admin, edited, default);

        await using var db = database.CreateDbContext();
        Assert.Empty(await db.ChannelMembers.ToListAsync());
        Assert.Contains("Members.Anna Svensson: can respond, notifications → (none)", (await db.AuditEntries.OrderBy(e => e.Id).LastAsync()).Details);
    }

    [Fact]
    public async Task DeletingIsRefusedWhileACustomerWaitsAndOtherwiseTakesChatsAndTicketsAlong()
    {
        var channel = database.AddChannel("shop");
        long sessionId;
        await using (var db = database.CreateDbContext())
        {
            var session = new ChatSession(SessionStatus.Queued) { ChannelId = channel.Id, TokenHash = "t1" };
            db.Sessions.Add(session);
            db.Tickets.Add(new Ticket { ChannelId = channel.Id, Number = 1001, Question = "Where?" });
            await db.SaveChangesAsync();
            sessionId = session.Id;
        }

        Assert.Equal(new ChannelDeletionImpact(1, 1, 1), await admin.DeletionImpactAsync(Admin, channel.Id, default));
        Assert.Equal(ChannelDeleteOutcome.HasLiveChats, await admin.DeleteAsync(Admin, channel.Id, default));

        await using (var db = database.CreateDbContext())
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SessionStatus.Ended));
        Assert.Equal(ChannelDeleteOutcome.Deleted, await admin.DeleteAsync(Admin, channel.Id, default));

        await using var check = database.CreateDbContext();
        Assert.Empty(await check.Channels.ToListAsync());
        Assert.Empty(await check.Sessions.ToListAsync());
        Assert.Empty(await check.Tickets.ToListAsync());
        var entry = await check.AuditEntries.SingleAsync();
        Assert.Equal(("deleted", "Deleted with 1 chats and 1 tickets."), (entry.Action, entry.Details));
        Assert.Equal([channel.Id], announced);
    }

    private static ChatChannel Valid(string slug) => new()
    {
        Name = "Shop",
        Slug = slug,
        Hours = new OpeningHours { TimeZoneId = "UTC", AlwaysOpen = true },
    };

    public void Dispose() => database.Dispose();
}
