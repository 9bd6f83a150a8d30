using ChatDesk.Data;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Configuration;

/// <summary>The outcome of an import: either problems (and nothing changed) or what changed.</summary>
public sealed record ImportResult(IReadOnlyList<ConfigurationProblem> Problems, IReadOnlyList<string> Changes, IReadOnlyList<string> UsersWithoutPassword)
{
    public bool Succeeded => Problems.Count == 0;

    public static ImportResult Invalid(IReadOnlyList<ConfigurationProblem> problems) => new(problems, [], []);
}

/// <summary>How much a valid file holds; <see cref="ExistingChannels"/> of its channels replace ones already here.</summary>
public sealed record ImportCounts(int Channels, int ExistingChannels, int FaqFolders, int FaqArticles, int Templates, int Staff);

/// <summary>A file checked but not applied: its problems, or (when there are none) its counts.</summary>
public sealed record ImportPreview(IReadOnlyList<ConfigurationProblem> Problems, ImportCounts? Counts);

/// <summary>
/// Channels, FAQ, reply templates and staff (never passwords) as one JSON file, for the admin page and the
/// command line. Import checks the whole file first and changes nothing if any part is wrong; otherwise it
/// applies everything in one transaction, matching existing items by natural key (see <see cref="ConfigurationDocument"/>).
/// </summary>
public sealed class ConfigurationFile(IServiceScopeFactory scopes, ConfigurationImporter importer, ChannelSettingsChanged channelsChanged)
{
    public const string Area = "config";

    public async Task<string> ExportAsync(StaffActor actor, CancellationToken ct) =>
        ConfigurationJson.Write(await ExportDocumentAsync(actor, ct));

    public async Task<ConfigurationDocument> ExportDocumentAsync(StaffActor actor, CancellationToken ct)
    {
        actor.DemandAdmin();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDeskDbContext>();

        var users = await db.Users.AsNoTracking().ToListAsync(ct);
        var roles = await StaffRolesAsync(db, ct);
        var userNames = users.ToDictionary(u => u.Id, u => u.UserName ?? "");
        var folders = await db.FaqFolders.AsNoTracking().ToListAsync(ct);
        var paths = FolderPaths.Of(folders);
        var articles = await db.FaqArticles.AsNoTracking().ToListAsync(ct);
        var templates = await db.ReplyTemplates.AsNoTracking().ToListAsync(ct);
        var channels = await db.Channels.AsNoTracking().Include(c => c.Members).ToListAsync(ct);

        return new ConfigurationDocument
        {
            Staff = [.. users.OrderBy(u => u.UserName, StringComparer.Ordinal).Select(u => new StaffUserForm
            {
                UserName = u.UserName ?? "", Email = u.Email ?? "", DisplayName = u.DisplayName, Nickname = u.Nickname,
                Roles = [.. StaffRoles.All.Where(roles[u.Id].Contains)], Capacity = u.Capacity, Language = u.Language, Disabled = u.Disabled,
            })],
            FaqFolders = [.. paths.Values.OrderBy(FolderPaths.Key, StringComparer.Ordinal).Select(p => new FaqFolderEntry { Path = p })],
            FaqArticles = [.. articles
                .Select(a => new FaqArticleEntry
                {
                    Folder = paths[a.FolderId], Language = a.Language, Title = a.Title, Body = a.Body, Published = a.Published, Public = a.Public,
                })
                .OrderBy(a => FolderPaths.Key(a.Folder), StringComparer.Ordinal).ThenBy(a => a.Language, StringComparer.Ordinal)
                .ThenBy(a => a.Title, StringComparer.Ordinal)],
            Templates = [.. templates
                .OrderBy(t => t.System is null).ThenBy(t => t.System).ThenBy(t => t.Name, StringComparer.Ordinal).ThenBy(t => t.Language, StringComparer.Ordinal)
                .Select(t => new ReplyTemplateEntry { Name = t.Name, Language = t.Language, Subject = t.Subject, Body = t.Body, System = t.System })],
            Channels = [.. channels.OrderBy(c => c.Slug, StringComparer.Ordinal)
                .Select(c => ConfigurationMapping.FromChannel(c, id => paths.GetValueOrDefault(id), id => userNames.GetValueOrDefault(id, id)))],
        };
    }

    /// <summary>Checks <paramref name="json"/> as an import would, changing nothing: its problems, or what it holds
    /// (so the admin can confirm before anything is overwritten).</summary>
    public async Task<ImportPreview> PreviewAsync(StaffActor actor, string json, CancellationToken ct)
    {
        actor.DemandAdmin();
        var (document, syntax) = ConfigurationJson.Read(json);
        if (document is null) return new([syntax!], null);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDeskDbContext>();
        var problems = new ConfigurationChecks(document, await ExistingAsync(db, actor, ct)).Run();
        if (problems.Count > 0) return new(problems, null);
        var slugs = document.Channels.Select(c => c.Slug).ToList();
        var existing = await db.Channels.AsNoTracking().CountAsync(c => slugs.Contains(c.Slug), ct);
        return new([], new ImportCounts(document.Channels.Count, existing, document.FaqFolders.Count, document.FaqArticles.Count,
            document.Templates.Count, document.Staff.Count));
    }

    /// <summary>Checks <paramref name="json"/> completely; applies it only when there is no problem at all.</summary>
    public async Task<ImportResult> ImportAsync(StaffActor actor, string json, CancellationToken ct)
    {
        actor.DemandAdmin();
        var (document, syntax) = ConfigurationJson.Read(json);
        if (document is null) return ImportResult.Invalid([syntax!]);

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDeskDbContext>();
        var existing = await ExistingAsync(db, actor, ct);
        var problems = new ConfigurationChecks(document, existing).Run();
        if (problems.Count > 0) return ImportResult.Invalid(problems);
        var result = await importer.ApplyAsync(scope.ServiceProvider, actor, document, ct);
        // Customer pages already open on an imported channel pick up its new settings, as after an edit in the UI.
        var slugs = document.Channels.Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var id in await db.Channels.AsNoTracking().Where(c => slugs.Contains(c.Slug)).Select(c => c.Id).ToListAsync(ct))
            channelsChanged.Publish(id);
        return result;
    }

    internal static async Task<ILookup<string, string>> StaffRolesAsync(ChatDeskDbContext db, CancellationToken ct) =>
        (await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }).ToListAsync(ct))
        .ToLookup(r => r.UserId, r => r.Name ?? "");

    private static async Task<ExistingConfiguration> ExistingAsync(ChatDeskDbContext db, StaffActor actor, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().Select(u => new { u.Id, u.UserName }).ToListAsync(ct);
        var folders = await db.FaqFolders.AsNoTracking().ToListAsync(ct);
        return new ExistingConfiguration(
            users.Select(u => u.UserName ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase),
            FolderPaths.Of(folders).Values.Select(p => FolderPaths.Key(p)).ToHashSet(),
            users.FirstOrDefault(u => u.Id == actor.UserId && actor.UserId != "")?.UserName);
    }
}
