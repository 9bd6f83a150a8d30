using System.Text;
using System.Text.Json;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Email;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Admin.Configuration;

/// <summary>Everything a configuration file covers, loaded from one database, with ids resolved to natural keys
/// so two databases can be compared field by field.</summary>
public sealed class ConfigurationState
{
    private static readonly string[] IdentityBookkeeping =
    [
        "Id", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "EmailConfirmed", "LockoutEnabled", "LockoutEnd", "AccessFailedCount",
        // The agent's own present/away choice is state, not configuration.
        "Presence",
    ];

    private ConfigurationState() { }

    public List<StaffUser> Users { get; private init; } = [];
    public ILookup<string, string> Roles { get; private init; } = default!;
    public Dictionary<int, string> FolderPaths { get; private init; } = [];
    public List<FaqFolder> Folders { get; private init; } = [];
    public List<FaqArticle> Articles { get; private init; } = [];
    public List<ReplyTemplate> Templates { get; private init; } = [];
    public List<ChatChannel> Channels { get; private init; } = [];

    public static ConfigurationState Load(TestDatabase database)
    {
        using var db = database.CreateDbContext();
        var folders = db.FaqFolders.AsNoTracking().ToList();
        var byId = folders.ToDictionary(f => f.Id);
        string PathOf(FaqFolder f) => f.ParentId is { } p ? PathOf(byId[p]) + " > " + f.Name : f.Name;
        return new ConfigurationState
        {
            Users = [.. db.Users.AsNoTracking().OrderBy(u => u.UserName)],
            Roles = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id join u in db.Users on ur.UserId equals u.Id select new { u.UserName, r.Name })
                .AsEnumerable().OrderBy(x => x.Name).ToLookup(x => x.UserName!, x => x.Name!),
            Folders = folders,
            FolderPaths = folders.ToDictionary(f => f.Id, PathOf),
            Articles = [.. db.FaqArticles.AsNoTracking()],
            Templates = [.. db.ReplyTemplates.AsNoTracking()],
            Channels = [.. db.Channels.AsNoTracking().Include(c => c.Members).OrderBy(c => c.Slug)],
        };
    }

    /// <summary>Each field that differs between this database's configuration and <paramref name="other"/>'s.</summary>
    public List<string> DifferencesFrom(ConfigurationState other)
    {
        var differences = new List<string>();
        Match(Users, other.Users, u => u.UserName!, u => u.UserName!, (a, b, key) =>
        {
            differences.AddRange(FieldComparison.Differences(a, b, "user " + key, IdentityBookkeeping));
            differences.AddRange(FieldComparison.Differences(Roles[key].ToList(), other.Roles[key].ToList(), $"user {key}.Roles"));
        }, differences);
        Match(Folders, other.Folders, f => FolderPaths[f.Id], f => other.FolderPaths[f.Id], (a, b, key) =>
            differences.AddRange(FieldComparison.Differences(a, b, "folder " + key, "Id", "ParentId", "Parent")), differences);
        Match(Articles, other.Articles, a => $"{FolderPaths[a.FolderId]} | {a.Language} | {a.Title}",
            a => $"{other.FolderPaths[a.FolderId]} | {a.Language} | {a.Title}", (a, b, key) =>
            differences.AddRange(FieldComparison.Differences(a, b, "article " + key, "Id", "FolderId", "Folder", "UpdatedAt")), differences);
        Match(Templates, other.Templates, t => $"{t.System} | {t.Name} | {t.Language}", t => $"{t.System} | {t.Name} | {t.Language}", (a, b, key) =>
            differences.AddRange(FieldComparison.Differences(a, b, "template " + key, "Id")), differences);
        Match(Channels, other.Channels, c => c.Slug, c => c.Slug, (a, b, key) =>
        {
            differences.AddRange(FieldComparison.Differences(a, b, "channel " + key, "Id", "Members", "PreChat.FaqFolderId"));
            differences.AddRange(FieldComparison.Differences(Folder(a.PreChat.FaqFolderId), other.Folder(b.PreChat.FaqFolderId), $"channel {key}.PreChat.FaqFolder"));
            differences.AddRange(FieldComparison.Differences(Members(a), other.Members(b), $"channel {key}.Members"));
        }, differences);
        return differences;
    }

    private string? Folder(int? id) => id is { } folderId ? FolderPaths[folderId] : null;

    private List<MemberView> Members(ChatChannel channel) =>
        [.. channel.Members.Select(m => new MemberView(Users.Single(u => u.Id == m.UserId).UserName!, m.CanRespond, m.Notifications, m.CanListenIn, m.IsManager))
            .OrderBy(m => m.UserName)];

    public sealed record MemberView(string UserName, bool CanRespond, bool Notifications, bool CanListenIn, bool IsManager);

    private static void Match<T>(
        List<T> mine, List<T> theirs, Func<T, string> key, Func<T, string> theirKey, Action<T, T, string> compare, List<string> differences)
    {
        var other = theirs.ToDictionary(theirKey);
        foreach (var item in mine)
        {
            if (other.Remove(key(item), out var match)) compare(item, match, key(item));
            else differences.Add($"{typeof(T).Name} {key(item)} is missing");
        }
        differences.AddRange(other.Keys.Select(k => $"{typeof(T).Name} {k} is extra"));
    }

    /// <summary>Every row of every configuration table (and the audit log), for "nothing changed" checks.</summary>
    public static string Dump(TestDatabase database)
    {
        using var db = database.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) connection.Open();
        var text = new StringBuilder();
        foreach (var table in new[] { "AspNetUsers", "AspNetUserRoles", "Channels", "ChannelMembers", "FaqFolders", "FaqArticles", "ReplyTemplates", "AuditEntries" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                text.Append(table).Append(": ").AppendJoin(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => JsonSerializer.Serialize(reader.GetValue(i)))).AppendLine();
        }
        return text.ToString();
    }
}
