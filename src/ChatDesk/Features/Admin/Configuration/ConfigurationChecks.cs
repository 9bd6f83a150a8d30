using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Email;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using FluentValidation;
using FluentValidation.Results;

namespace ChatDesk.Features.Admin.Configuration;

/// <summary>What the checks need to know about the database the file goes into.</summary>
internal sealed record ExistingConfiguration(
    IReadOnlySet<string> UserNames, IReadOnlySet<string> FolderPaths, string? ActorUserName);

/// <summary>
/// Checks a whole document before anything is applied: each item with the validator the admin forms use, then the
/// references between items (member user names, folder paths) and duplicate natural keys. Every problem is
/// reported with its path in the file, so an operator can fix them all in one go.
/// </summary>
internal sealed class ConfigurationChecks(ConfigurationDocument document, ExistingConfiguration existing)
{
    private readonly List<ConfigurationProblem> problems = [];

    public IReadOnlyList<ConfigurationProblem> Run()
    {
        if (document.Format != ConfigurationDocument.FormatName)
            Add("format", $"must be \"{ConfigurationDocument.FormatName}\".");
        if (document.Version != ConfigurationDocument.CurrentVersion)
            Add("version", $"version {document.Version} is not supported; this ChatDesk reads version {ConfigurationDocument.CurrentVersion}.");
        var userNames = CheckStaff();
        var folderPaths = CheckFolders();
        CheckArticles(folderPaths);
        CheckTemplates();
        CheckChannels(userNames, folderPaths);
        return problems;
    }

    private HashSet<string> CheckStaff()
    {
        var validator = new StaffUserValidator();
        var inFile = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < document.Staff.Count; i++)
        {
            var path = $"staff[{i}]";
            if (document.Staff[i] is not { } user) { Add(path, "must not be null."); continue; }
            AddAll(path, validator.Validate(user));
            if (inFile.TryGetValue(user.UserName, out var first))
                Add(path + ".userName", $"'{user.UserName}' is already listed at staff[{first}].");
            else inFile[user.UserName] = i;
            // An admin importing through the UI must not lock themselves out.
            if (string.Equals(user.UserName, existing.ActorUserName, StringComparison.OrdinalIgnoreCase))
            {
                if (user.Disabled) Add(path + ".disabled", "you cannot disable yourself.");
                if (user.Roles?.Contains(StaffRoles.Admin) == false) Add(path + ".roles", "you cannot remove Admin from yourself.");
            }
        }
        return new HashSet<string>(inFile.Keys.Concat(existing.UserNames), StringComparer.OrdinalIgnoreCase);
    }

    private HashSet<string> CheckFolders()
    {
        var validator = new FaqFolderValidator();
        var inFile = new Dictionary<string, int>();
        for (var i = 0; i < document.FaqFolders.Count; i++)
        {
            var path = $"faqFolders[{i}]";
            if (document.FaqFolders[i]?.Path is not { } names) { Add(path, "must not be null."); continue; }
            if (names.Count == 0) { Add(path + ".path", "must name at least one folder."); continue; }
            for (var j = 0; j < names.Count; j++)
                AddAll($"{path}.path[{j}]", validator.Validate(new FaqFolder { Name = names[j] ?? "" }), renameLast: "");
            var key = FolderPaths.Key(names);
            if (inFile.TryGetValue(key, out var first)) Add(path + ".path", $"{FolderPaths.Show(names)} is already listed at faqFolders[{first}].");
            else inFile[key] = i;
        }
        var all = new HashSet<string>(inFile.Keys.Concat(existing.FolderPaths));
        for (var i = 0; i < document.FaqFolders.Count; i++)
        {
            if (document.FaqFolders[i]?.Path is not { Count: > 1 } names) continue;
            if (!all.Contains(FolderPaths.Key(names[..^1])))
                Add($"faqFolders[{i}].path", $"its parent folder {FolderPaths.Show(names[..^1])} is neither in the file nor in the database.");
        }
        return all;
    }

    private void CheckArticles(HashSet<string> folderPaths)
    {
        var validator = new FaqArticleValidator();
        var seen = new Dictionary<(string, string, string), int>();
        for (var i = 0; i < document.FaqArticles.Count; i++)
        {
            var path = $"faqArticles[{i}]";
            if (document.FaqArticles[i] is not { } article) { Add(path, "must not be null."); continue; }
            AddAll(path, validator.Validate(new FaqArticle
            {
                FolderId = 1, // the folder is a path here, checked below
                Language = article.Language, Title = article.Title, Body = article.Body,
            }));
            if (!folderPaths.Contains(FolderPaths.Key(article.Folder)))
                Add(path + ".folder", $"there is no folder {FolderPaths.Show(article.Folder)} in the file or the database.");
            var key = (FolderPaths.Key(article.Folder), article.Language, article.Title);
            if (seen.TryGetValue(key, out var first)) Add(path + ".title", $"'{article.Title}' ({article.Language}) is already in this folder at faqArticles[{first}].");
            else seen[key] = i;
        }
    }

    private void CheckTemplates()
    {
        var validator = new ReplyTemplateValidator();
        var seen = new Dictionary<(string, string), int>();
        for (var i = 0; i < document.Templates.Count; i++)
        {
            var path = $"templates[{i}]";
            if (document.Templates[i] is not { } template) { Add(path, "must not be null."); continue; }
            AddAll(path, validator.Validate(new ReplyTemplate
            {
                Name = template.Name, Language = template.Language, Subject = template.Subject, Body = template.Body, System = template.System,
            }));
            var key = (template.System?.ToString() ?? "name:" + template.Name, template.Language);
            if (seen.TryGetValue(key, out var first))
                Add(template.System is null ? path + ".name" : path + ".system",
                    $"{(template.System is null ? $"'{template.Name}'" : template.System.ToString())} ({template.Language}) is already listed at templates[{first}].");
            else seen[key] = i;
        }
    }

    private void CheckChannels(HashSet<string> userNames, HashSet<string> folderPaths)
    {
        var validator = new ChatChannelValidator();
        var slugs = new Dictionary<string, int>();
        for (var i = 0; i < document.Channels.Count; i++)
        {
            var path = $"channels[{i}]";
            if (document.Channels[i] is not { } channel) { Add(path, "must not be null."); continue; }
            for (var m = 0; m < channel.Members.Count; m++)
            {
                if (channel.Members[m] is not { } member) Add($"{path}.members[{m}]", "must not be null.");
                else if (member.UserName.Length > 0 && !userNames.Contains(member.UserName))
                    Add($"{path}.members[{m}].userName", $"there is no staff user '{member.UserName}' in the file or the database.");
            }
            if (channel.Members.Any(m => m is null)) continue;
            AddAll(path, validator.Validate(ConfigurationMapping.ToChannel(channel, _ => null, name => name)));
            if (channel.PreChat?.FaqFolder is { } folder && !folderPaths.Contains(FolderPaths.Key(folder)))
                Add(path + ".preChat.faqFolder", $"there is no folder {FolderPaths.Show(folder)} in the file or the database.");
            if (slugs.TryGetValue(channel.Slug, out var first)) Add(path + ".slug", $"'{channel.Slug}' is already listed at channels[{first}].");
            else slugs[channel.Slug] = i;
        }
    }

    private void Add(string path, string message) => problems.Add(new ConfigurationProblem(path, message));

    private void AddAll(string prefix, ValidationResult result, string? renameLast = null)
    {
        foreach (var error in result.Errors)
            Add(Join(prefix, JsonName(error.PropertyName, renameLast)), ShortMessage(error));
    }

    private static string Join(string prefix, string name) => name.Length == 0 ? prefix : prefix + "." + name;

    /// <summary>"Hours.Days[0].Close" → "hours.days[0].close"; member user ids are user names in the file.</summary>
    internal static string JsonName(string propertyName, string? renameLast = null)
    {
        if (renameLast is not null) return renameLast;
        var segments = propertyName.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => char.ToLowerInvariant(s[0]) + s[1..]).ToArray();
        var name = string.Join('.', segments);
        return name.EndsWith(".userId", StringComparison.Ordinal) ? name[..^".userId".Length] + ".userName" : name;
    }

    /// <summary>The path is said once, before the colon, so messages lose their own "'Name' ..." opening.</summary>
    internal static string ShortMessage(ValidationFailure error)
    {
        var message = error.ErrorMessage;
        var last = error.PropertyName.Split('.').Last();
        foreach (var prefix in new[] { error.PropertyName + " ", last + " " })
            if (prefix.Length > 1 && message.StartsWith(prefix, StringComparison.Ordinal)) return message[prefix.Length..];
        if (message.StartsWith('\''))
        {
            var close = message.IndexOf("' ", 1, StringComparison.Ordinal);
            if (close > 0) return message[(close + 2)..];
        }
        return message;
    }
}
