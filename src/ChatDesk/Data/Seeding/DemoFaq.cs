using System.Text.Json;
using ChatDesk.Features.Faq;

namespace ChatDesk.Data.Seeding;

/// <summary>Loads the demo FAQ (embedded faq.en.json, faq.sv.json) as folders and articles.</summary>
internal static class DemoFaq
{
    public static IReadOnlyDictionary<string, FaqFolder> Load(ChatDeskDbContext db, DateTimeOffset now)
    {
        var roots = new Dictionary<string, FaqFolder>();
        foreach (var language in new[] { "en", "sv" })
        {
            var file = Read(language);
            var root = new FaqFolder { Name = file.Name };
            Add(db, root, file, language, now);
            roots[language] = root;
        }
        return roots;
    }

    private static void Add(ChatDeskDbContext db, FaqFolder folder, SeedFolder seed, string language, DateTimeOffset now)
    {
        db.FaqFolders.Add(folder);
        foreach (var article in seed.Articles ?? [])
        {
            db.FaqArticles.Add(new FaqArticle
            {
                Folder = folder, Language = language, Title = article.Title, Body = article.Body,
                Published = article.Published, Public = article.Public, UpdatedAt = now,
            });
        }
        foreach (var child in seed.Folders ?? [])
            Add(db, new FaqFolder { Name = child.Name, Parent = folder }, child, language, now);
    }

    private static SeedFolder Read(string language)
    {
        var name = $"ChatDesk.Data.Seeding.faq.{language}.json";
        using var stream = typeof(DemoFaq).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return JsonSerializer.Deserialize<SeedFolder>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidOperationException($"{name} is empty.");
    }

    private sealed record SeedFolder(string Name, List<SeedArticle>? Articles, List<SeedFolder>? Folders);
    private sealed record SeedArticle(string Title, string Body, bool Published = true, bool Public = true);
}
