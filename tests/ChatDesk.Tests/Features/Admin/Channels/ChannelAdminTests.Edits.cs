using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Channels;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Tickets;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Admin.Channels;

public sealed partial class ChannelAdminTests
{
    [Fact]
    public async Task AnEditIsAuditedAsAReadableListOfWhatChangedAndAnnouncedToOpenPages()
    {
        var created = await admin.SaveAsync(Admin, Valid("shop"), default);
        var channel = (await admin.GetAsync(Admin, created.Id, default))!;
        channel.PreChat.FaqSuggestions = true;
        channel.Look.Color = "#aa0000";
        channel.Hours.Holidays.Add(new DateOnly(2026, 12, 24));
        channel.Members.Add(new ChannelMember { UserId = "anna-id" });

        var result = await admin.SaveAsync(Admin, channel, default);

        Assert.True(result.Saved);
        await using var db = database.CreateDbContext();
        var entry = await db.AuditEntries.OrderBy(e => e.Id).LastAsync();
        Assert.Equal("updated", entry.Action);
        Assert.Equal(
            "Look.Color: #1565c0 → #aa0000\nHours.Holidays: (none) → 2026-12-24\nPreChat.FaqSuggestions: False → True\n" +
            "Members.Anna Svensson: (none) → can respond, notifications",
            entry.Details);
        var saved = await db.Channels.Include(c => c.Members).SingleAsync();
        Assert.True(saved.PreChat.FaqSuggestions);
        Assert.Equal([new DateOnly(2026, 12, 24)], saved.Hours.Holidays);
        Assert.Single(saved.Members);
        Assert.Equal([created.Id, created.Id], announced);
    }

    [Fact]
    public async Task ASaveOverAnotherAdminsNewerSaveIsRefusedAndSaysWhatTheyChanged()
    {
        var created = await admin.SaveAsync(Admin, Valid("shop"), default);
        var mine = (await admin.GetAsync(Admin, created.Id, default))!;
        var loaded = (await admin.GetAsync(Admin, created.Id, default))!;
        var theirs = (await admin.GetAsync(Admin, created.Id, default))!;
        theirs.WelcomeMessage = "Hej!";
        var first = await admin.SaveAsync(Admin, theirs, default, loaded);
        Assert.True(first.Saved, string.Join("; ", first.Errors.Select(e => e.ErrorMessage)));

        mine.Look.Color = "#aa0000";
        var refused = await admin.SaveAsync(Admin, mine, default, loaded);

        Assert.False(refused.Saved);
        var problem = Assert.Single(refused.Errors);
        Assert.StartsWith("Not saved: someone else saved this channel after you opened it.", problem.ErrorMessage);
        Assert.EndsWith("WelcomeMessage: (none) → Hej!", problem.ErrorMessage);
        await using var db = database.CreateDbContext();
        var stored = await db.Channels.SingleAsync();
        Assert.Equal(("Hej!", "#1565c0"), (stored.WelcomeMessage, stored.Look.Color));

        var current = (await admin.GetAsync(Admin, created.Id, default))!;
        mine.WelcomeMessage = "Hej!"; // having reloaded, the admin makes their change again
        Assert.True((await admin.SaveAsync(Admin, mine, default, loaded: current)).Saved);
    }
}
