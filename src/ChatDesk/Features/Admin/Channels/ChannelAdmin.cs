using ChatDesk.Resources;
using ChatDesk.Data;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Channels;

/// <summary>
/// Creates, changes and deletes channels for administrators. Every method checks the actor itself, so the
/// page's [Authorize] is never the only guard; every change is validated, audited and then announced to open
/// customer pages (persist, then publish).
/// </summary>
public sealed class ChannelAdmin(IDbContextFactory<ChatDeskDbContext> contexts, AuditLog audit, ChannelSettingsChanged changed)
{
    public const string Area = "channel";
    private static readonly ChatChannelValidator Validator = new();
    private static readonly SessionStatus[] Live = [SessionStatus.Faq, SessionStatus.Queued, SessionStatus.Active];

    public async Task<IReadOnlyList<ChannelSummary>> ListAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Channels.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new ChannelSummary(c.Id, c.Name, c.Slug, c.Language, c.Members.Count)).ToListAsync(ct);
    }

    /// <summary>A detached copy to edit, or null when there is no such channel.</summary>
    public async Task<ChatChannel?> GetAsync(StaffActor actor, int id, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Channels.AsNoTracking().Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct);
    }

    public async Task<IReadOnlyList<StaffChoice>> StaffAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new StaffChoice(u.Id, u.DisplayName, u.UserName ?? "", u.Disabled)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<FolderChoice>> FaqFoldersAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.FaqFolders.AsNoTracking().OrderBy(f => f.Name).Select(f => new FolderChoice(f.Id, f.Name)).ToListAsync(ct);
    }

    /// <summary>Creates the channel when its Id is 0, else replaces the saved one's settings and members.
    /// Invalid input saves nothing and returns every problem with its property path. With <paramref name="loaded"/>
    /// (the version the editor started from), a channel someone else saved in the meantime is not overwritten:
    /// the save is refused and says what they changed, and the editor keeps what this admin typed.</summary>
    public async Task<ChannelSaveResult> SaveAsync(StaffActor actor, ChatChannel input, CancellationToken ct, ChatChannel? loaded = null)
    {
        actor.DemandAdmin();
        var channel = ChannelCopy.Clone(input);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var errors = (await Validator.ValidateAsync(channel, ct)).Errors;
        errors.AddRange(await DatabaseProblemsAsync(db, channel, ct));
        if (errors.Count > 0) return new ChannelSaveResult(channel.Id, errors);

        var names = await db.Users.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        string Name(string id) => names.GetValueOrDefault(id, id);
        if (channel.Id == 0)
        {
            db.Channels.Add(channel);
            audit.Add(db, actor, Area, "created", Subject(channel), ChannelSettingsDiff.Describe(new ChatChannel { Name = "", Slug = "" }, channel, Name));
        }
        else
        {
            var saved = await db.Channels.Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == channel.Id, ct);
            if (saved is null) return new ChannelSaveResult(channel.Id, [new ValidationFailure("", ValidationText.Get("ChannelGone"))]);
            if (loaded is not null && ChannelSettingsDiff.Describe(loaded, saved, Name) is { Length: > 0 } theirs)
                return new ChannelSaveResult(channel.Id,
                    [new ValidationFailure("", ValidationText.Get("ChannelChangedMeanwhile") + "\n" + theirs)]);
            var details = ChannelSettingsDiff.Describe(saved, channel, Name);
            ChannelCopy.ApplySettings(saved, channel);
            SyncMembers(db, saved, channel.Members);
            audit.Add(db, actor, Area, "updated", Subject(channel), details.Length == 0 ? "no changes" : details);
        }
        await db.SaveChangesAsync(ct);
        changed.Publish(channel.Id);
        return new ChannelSaveResult(channel.Id, []);
    }

    public async Task<ChannelDeletionImpact> DeletionImpactAsync(StaffActor actor, int id, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var sessions = db.Sessions.Where(s => s.ChannelId == id);
        return new ChannelDeletionImpact(
            await sessions.CountAsync(ct),
            await sessions.CountAsync(s => Live.Contains(s.Status), ct),
            await db.Tickets.CountAsync(t => t.ChannelId == id, ct));
    }

    /// <summary>Deletes the channel with its chats, messages and tickets (the database cascades). Refused while
    /// a customer is waiting or chatting there, so no agent or customer loses a conversation mid-way.</summary>
    public async Task<ChannelDeleteOutcome> DeleteAsync(StaffActor actor, int id, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var channel = await db.Channels.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (channel is null) return ChannelDeleteOutcome.NotFound;
        if (await db.Sessions.AnyAsync(s => s.ChannelId == id && Live.Contains(s.Status), ct)) return ChannelDeleteOutcome.HasLiveChats;
        var impact = await DeletionImpactAsync(actor, id, ct);
        db.Channels.Remove(channel);
        audit.Add(db, actor, Area, "deleted", Subject(channel),
            $"Deleted with {impact.Chats} chats and {impact.Tickets} tickets.");
        await db.SaveChangesAsync(ct);
        changed.Publish(id);
        return ChannelDeleteOutcome.Deleted;
    }

    private static async Task<List<ValidationFailure>> DatabaseProblemsAsync(ChatDeskDbContext db, ChatChannel channel, CancellationToken ct)
    {
        var problems = new List<ValidationFailure>();
        var taken = await db.Channels.AsNoTracking()
            .Where(c => c.Slug == channel.Slug && c.Id != channel.Id).Select(c => c.Name).FirstOrDefaultAsync(ct);
        if (taken is not null)
            problems.Add(new ValidationFailure(nameof(ChatChannel.Slug), ValidationText.Get("SlugTaken").Replace("{Channel}", taken, StringComparison.Ordinal)));
        var userIds = channel.Members.Select(m => m.UserId).ToList();
        var known = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        for (var i = 0; i < channel.Members.Count; i++)
            if (!known.Contains(channel.Members[i].UserId))
                problems.Add(new ValidationFailure($"Members[{i}].UserId", ValidationText.Get("StaffGone")));
        if (channel.PreChat.FaqFolderId is { } folder && !await db.FaqFolders.AnyAsync(f => f.Id == folder, ct))
            problems.Add(new ValidationFailure("PreChat.FaqFolderId", ValidationText.Get("FolderGone")));
        return problems;
    }

    private static void SyncMembers(ChatDeskDbContext db, ChatChannel saved, List<ChannelMember> wanted)
    {
        foreach (var gone in saved.Members.Where(m => wanted.All(w => w.UserId != m.UserId)).ToList())
        {
            saved.Members.Remove(gone);
            db.ChannelMembers.Remove(gone);
        }
        foreach (var member in wanted)
        {
            var existing = saved.Members.FirstOrDefault(m => m.UserId == member.UserId);
            if (existing is null)
            {
                saved.Members.Add(new ChannelMember
                {
                    UserId = member.UserId, CanRespond = member.CanRespond, Notifications = member.Notifications,
                    CanListenIn = member.CanListenIn, IsManager = member.IsManager,
                });
                continue;
            }
            existing.CanRespond = member.CanRespond;
            existing.Notifications = member.Notifications;
            existing.CanListenIn = member.CanListenIn;
            existing.IsManager = member.IsManager;
        }
    }

    private static string Subject(ChatChannel channel) => $"channel {channel.Slug}";
}
