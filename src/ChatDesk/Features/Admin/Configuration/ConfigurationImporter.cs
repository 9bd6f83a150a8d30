using ChatDesk.Data;
using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Email;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Configuration;

/// <summary>
/// Applies a checked document in one transaction: staff, folders, articles, templates, then channels (which
/// refer to the others). Items already there are matched by natural key and updated; nothing is deleted.
/// </summary>
public sealed class ConfigurationImporter(AuditLog audit, FaqIndexChanges faqIndex, StaffSessions sessions, TimeProvider time)
{
    internal async Task<ImportResult> ApplyAsync(IServiceProvider scoped, StaffActor actor, ConfigurationDocument document, CancellationToken ct)
    {
        var db = scoped.GetRequiredService<ChatDeskDbContext>();
        var users = scoped.GetRequiredService<UserManager<StaffUser>>();
        var changes = new List<string>();
        var withoutPassword = new List<string>();
        var disabled = new List<string>();
        var enabled = new List<string>();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await ApplyStaffAsync(users, document, changes, withoutPassword, disabled, enabled);
        var folderIds = await ApplyFoldersAsync(db, document, changes, ct);
        await ApplyArticlesAsync(db, document, folderIds, changes, ct);
        await ApplyTemplatesAsync(db, document, changes, ct);
        await ApplyChannelsAsync(db, document, folderIds, changes, ct);

        var summary = changes.Count == 0 ? "Nothing changed." : string.Join("\n", changes);
        audit.Add(db, actor, ConfigurationFile.Area, "imported", "configuration file",
            $"{document.Channels.Count} channels, {document.FaqFolders.Count} folders, {document.FaqArticles.Count} articles, " +
            $"{document.Templates.Count} templates, {document.Staff.Count} staff.\n{summary}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        await faqIndex.SyncAsync(CancellationToken.None);
        foreach (var userId in disabled) sessions.End(userId);
        foreach (var userId in enabled) sessions.Resume(userId);
        return new ImportResult([], changes, withoutPassword);
    }

    private static async Task ApplyStaffAsync(
        UserManager<StaffUser> users, ConfigurationDocument document, List<string> changes, List<string> withoutPassword, List<string> disabled, List<string> enabled)
    {
        foreach (var entry in document.Staff)
        {
            var user = await users.FindByNameAsync(entry.UserName);
            var newRoles = StaffRoles.All.Where(entry.Roles.Contains).ToList();
            if (user is null)
            {
                // No password: the account cannot sign in until an admin sets one on the staff page.
                user = new StaffUser { UserName = entry.UserName, EmailConfirmed = true, Disabled = entry.Disabled };
                StaffAdmin.Apply(entry, user);
                Check(await users.CreateAsync(user));
                Check(await users.AddToRolesAsync(user, newRoles));
                changes.Add($"Created staff user {entry.UserName}");
                withoutPassword.Add(entry.UserName);
                continue;
            }
            var oldRoles = StaffRoles.All.Where((await users.GetRolesAsync(user)).Contains).ToList();
            var diff = StaffAdmin.Changes(user, oldRoles, entry, newRoles);
            if (user.Disabled != entry.Disabled) diff.Add($"Disabled: {user.Disabled} → {entry.Disabled}");
            if (diff.Count == 0) continue;
            var nowDisabled = entry.Disabled && !user.Disabled;
            StaffAdmin.Apply(entry, user);
            user.Disabled = entry.Disabled;
            Check(await users.UpdateAsync(user));
            Check(await users.RemoveFromRolesAsync(user, oldRoles.Except(newRoles)));
            Check(await users.AddToRolesAsync(user, newRoles.Except(oldRoles)));
            if (nowDisabled || !oldRoles.SequenceEqual(newRoles)) Check(await users.UpdateSecurityStampAsync(user));
            if (nowDisabled) disabled.Add(user.Id);
            if (!entry.Disabled) enabled.Add(user.Id);
            changes.Add($"Updated staff user {entry.UserName}: {string.Join("; ", diff)}");
        }
    }

    private static async Task<Dictionary<string, int>> ApplyFoldersAsync(
        ChatDeskDbContext db, ConfigurationDocument document, List<string> changes, CancellationToken ct)
    {
        var folders = await db.FaqFolders.ToListAsync(ct);
        var ids = FolderPaths.Of(folders).ToDictionary(p => FolderPaths.Key(p.Value), p => p.Key);
        // Parents first, so each new folder's parent has an id.
        foreach (var entry in document.FaqFolders.OrderBy(f => f.Path.Count))
        {
            var key = FolderPaths.Key(entry.Path);
            if (ids.ContainsKey(key)) continue;
            var folder = new FaqFolder
            {
                Name = entry.Path[^1],
                ParentId = entry.Path.Count > 1 ? ids[FolderPaths.Key(entry.Path[..^1])] : null,
            };
            db.FaqFolders.Add(folder);
            await db.SaveChangesAsync(ct);
            ids[key] = folder.Id;
            changes.Add($"Created FAQ folder {FolderPaths.Show(entry.Path)}");
        }
        return ids;
    }

    private async Task ApplyArticlesAsync(
        ChatDeskDbContext db, ConfigurationDocument document, Dictionary<string, int> folderIds, List<string> changes, CancellationToken ct)
    {
        var articles = await db.FaqArticles.ToListAsync(ct);
        foreach (var entry in document.FaqArticles)
        {
            var folderId = folderIds[FolderPaths.Key(entry.Folder)];
            var article = articles.FirstOrDefault(a => a.FolderId == folderId && a.Language == entry.Language && a.Title == entry.Title);
            if (article is null)
            {
                article = new FaqArticle { FolderId = folderId, Language = entry.Language, Title = entry.Title };
                db.FaqArticles.Add(article);
                articles.Add(article);
                changes.Add($"Created FAQ article '{entry.Title}' ({entry.Language})");
            }
            else if (article.Body == entry.Body && article.Published == entry.Published && article.Public == entry.Public) continue;
            else changes.Add($"Updated FAQ article '{entry.Title}' ({entry.Language})");
            article.Body = entry.Body;
            article.Published = entry.Published;
            article.Public = entry.Public;
            article.UpdatedAt = time.GetUtcNow();
        }
    }

    private static async Task ApplyTemplatesAsync(ChatDeskDbContext db, ConfigurationDocument document, List<string> changes, CancellationToken ct)
    {
        var templates = await db.ReplyTemplates.ToListAsync(ct);
        foreach (var entry in document.Templates)
        {
            var template = templates.FirstOrDefault(t => t.Language == entry.Language &&
                (entry.System is null ? t.System is null && t.Name == entry.Name : t.System == entry.System));
            if (template is null)
            {
                template = new ReplyTemplate { Language = entry.Language, System = entry.System };
                db.ReplyTemplates.Add(template);
                templates.Add(template);
                changes.Add($"Created template '{entry.Name}' ({entry.Language})");
            }
            else if (template.Name == entry.Name && template.Subject == entry.Subject && template.Body == entry.Body) continue;
            else changes.Add($"Updated template '{entry.Name}' ({entry.Language})");
            template.Name = entry.Name;
            template.Subject = entry.Subject;
            template.Body = entry.Body;
        }
    }

    private static async Task ApplyChannelsAsync(
        ChatDeskDbContext db, ConfigurationDocument document, Dictionary<string, int> folderIds, List<string> changes, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct); // so each channel below can tell its own changes apart
        var channels = await db.Channels.Include(c => c.Members).ToListAsync(ct);
        var userIds = (await db.Users.Select(u => new { u.Id, u.NormalizedUserName }).ToListAsync(ct))
            .ToDictionary(u => u.NormalizedUserName ?? "", u => u.Id);
        string UserId(string userName) => userIds[userName.ToUpperInvariant()];
        int? FolderId(List<string> path) => folderIds[FolderPaths.Key(path)];

        foreach (var entry in document.Channels)
        {
            var channel = channels.FirstOrDefault(c => c.Slug == entry.Slug);
            if (channel is null)
            {
                db.Channels.Add(ConfigurationMapping.ToChannel(entry, FolderId, UserId));
                changes.Add($"Created channel {entry.Slug}");
                await db.SaveChangesAsync(ct);
                continue;
            }
            ConfigurationMapping.CopySettings(entry, channel, FolderId);
            var wanted = ConfigurationMapping.ToChannel(entry, FolderId, UserId).Members;
            channel.Members.RemoveAll(m => wanted.All(w => w.UserId != m.UserId));
            foreach (var member in wanted)
            {
                if (channel.Members.FirstOrDefault(m => m.UserId == member.UserId) is not { } kept) channel.Members.Add(member);
                else (kept.CanRespond, kept.Notifications, kept.CanListenIn, kept.IsManager) =
                    (member.CanRespond, member.Notifications, member.CanListenIn, member.IsManager);
            }
            if (db.ChangeTracker.HasChanges()) changes.Add($"Updated channel {entry.Slug}");
            await db.SaveChangesAsync(ct);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException("The import could not save a staff user: " + string.Join("; ", result.Errors.Select(e => e.Description)));
    }
}
