using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatDesk.Data;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Features.Admin.Faq;

/// <summary>
/// Export and import of the FAQ as JSON. Import checks the whole file first and changes nothing if any part is
/// invalid; otherwise it creates missing folders and upserts articles by folder path + language + title in one
/// commit, with its audit entry, then updates the suggestion documents it changed.
/// </summary>
public sealed class FaqTransfer(IDbContextFactory<ChatDeskDbContext> contexts, AuditLog audit, FaqIndexChanges index, TimeProvider time)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // A downloaded file, never HTML: Swedish letters and quotes stay readable for people editing it.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        // A misspelt field ("titel") would otherwise be dropped silently and the article imported without it.
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public async Task<FaqFile> ExportAsync(StaffActor actor, CancellationToken ct)
    {
        // Internal notes and drafts are in the file, so it is an admin's export only.
        actor.DemandAdmin();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var folders = await db.FaqFolders.AsNoTracking().ToListAsync(ct);
        var paths = FaqFolderTree.Paths(folders);
        var rows = FaqFolderTree.Rows(folders, new Dictionary<int, int>());
        var order = rows.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var articles = await db.FaqArticles.AsNoTracking().ToListAsync(ct);
        return new FaqFile
        {
            Folders = [.. rows.Select(r => new FaqFileFolder { Path = [.. paths[r.Id]] })],
            Articles =
            [
                .. articles.Where(a => order.ContainsKey(a.FolderId))
                    .OrderBy(a => order[a.FolderId]).ThenBy(a => a.Language, StringComparer.Ordinal)
                    .ThenBy(a => a.Title, StringComparer.CurrentCultureIgnoreCase).ThenBy(a => a.Id)
                    .Select(a => new FaqFileArticle
                    {
                        Folder = [.. paths[a.FolderId]], Language = a.Language, Title = a.Title, Body = a.Body,
                        Published = a.Published, Public = a.Public,
                    }),
            ],
        };
    }

    public async Task<string> ExportJsonAsync(StaffActor actor, CancellationToken ct) =>
        JsonSerializer.Serialize(await ExportAsync(actor, ct), Json);

    public async Task<FaqImportResult> ImportAsync(StaffActor actor, Stream json, CancellationToken ct)
    {
        actor.DemandAdmin();
        var (file, problem) = await ReadAsync(json, ct);
        if (problem is not null) return new FaqImportResult([problem], null);
        var problems = FaqFileRules.Check(file!);
        if (problems.Count > 0) return new FaqImportResult(problems, null);

        await using var db = await contexts.CreateDbContextAsync(ct);
        var counts = await FaqImportWriter.ApplyAsync(db, file!, time.GetUtcNow(), ct);
        audit.Add(db, actor, FaqAdmin.Area, "imported", "FAQ file",
            $"Folders created: {counts.FoldersCreated}; articles created: {counts.ArticlesCreated}; " +
            $"updated: {counts.ArticlesUpdated}; unchanged: {counts.ArticlesUnchanged}");
        await db.SaveChangesAsync(ct);
        // Rewrites only the documents whose article or folders the import changed; committed, so not `ct`.
        await index.SyncAsync(CancellationToken.None);
        return new FaqImportResult([], counts);
    }

    private static async Task<(FaqFile? File, FaqImportProblem? Problem)> ReadAsync(Stream json, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        for (int read; (read = await json.ReadAsync(chunk, ct)) > 0;)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxFileBytes)
                return (null, new FaqImportProblem("$", $"The file is larger than {MaxFileBytes / 1024 / 1024} MB."));
        }
        buffer.Position = 0;
        try
        {
            var file = await JsonSerializer.DeserializeAsync<FaqFile>(buffer, Json, ct);
            return file is null ? (null, new FaqImportProblem("$", "The file holds no FAQ.")) : (file, null);
        }
        catch (JsonException e)
        {
            var path = e.Path is null or "$" ? "$" : e.Path.StartsWith("$.", StringComparison.Ordinal) ? e.Path[2..] : e.Path;
            var line = e.LineNumber is { } l ? $" (line {l + 1})" : "";
            return (null, new FaqImportProblem(path, $"is not valid here{line}: {FirstSentence(e.Message)}"));
        }
    }

    // System.Text.Json appends the path and position after the first sentence; both are reported already.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
