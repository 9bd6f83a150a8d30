using System.Text;
using ChatDesk.Features.Admin.Faq;

namespace ChatDesk.Tests.Features.Admin.Faq;

public sealed class FaqTransferTests : IDisposable
{
    private readonly FaqAdminWorld world = new();

    public void Dispose() => world.Dispose();

    private Task<FaqImportResult> ImportAsync(string json) =>
        world.Transfer.ImportAsync(FaqAdminWorld.Admin, new MemoryStream(Encoding.UTF8.GetBytes(json)), default);

    private const string ValidFile = """
        {
          "format": "chatdesk-faq",
          "version": 1,
          "folders": [
            { "path": ["Kundtjänst"] },
            { "path": ["Support FAQ"] },
            { "path": ["Support FAQ", "Empty for now"] },
            { "path": ["Support FAQ", "Returns"] }
          ],
          "articles": [
            { "folder": ["Kundtjänst"], "language": "sv", "title": "Hur avkalkar jag vattenkokaren?", "body": "Koka ättika – två gånger.", "published": true, "public": true },
            { "folder": ["Support FAQ"], "language": "en", "title": "How do I descale the kettle?", "body": "Boil vinegar.\n\n- Twice\n- Then rinse", "published": true, "public": true },
            { "folder": ["Support FAQ", "Returns"], "language": "en", "title": "Return labels", "body": "Print it at home.", "published": false, "public": true },
            { "folder": ["Support FAQ", "Returns"], "language": "en", "title": "Serial returners", "body": "Agents only.", "published": true, "public": false }
          ]
        }
        """;

    [Fact]
    public async Task AnInvalidFileChangesNothingAndNamesEveryProblemWithItsPath()
    {
        world.Database.Article(world.Database.Folder("Support FAQ"), "en", "Existing", "Stays as it is.");
        var before = world.Articles().Single();

        var result = await ImportAsync("""
            {
              "folders": [ { "path": [] }, { "path": ["Support FAQ", ""] } ],
              "articles": [
                { "folder": ["Support FAQ"], "language": "en", "title": "Existing", "body": "Would change it." },
                { "folder": ["Support FAQ"], "language": "de", "title": "Wrong language", "body": "Text" },
                null,
                { "folder": ["Support FAQ"], "language": "en", "title": "", "body": "" },
                { "language": "en", "title": "No folder", "body": "Text" },
                { "folder": ["support faq"], "language": "en", "title": " existing ", "body": "Same key as articles[0]." }
              ]
            }
            """);

        Assert.False(result.Succeeded);
        Assert.Null(result.Counts);
        Assert.Equal(
        [
            "folders[0].path: must name at least one folder.",
            "folders[1].path[1]: 'Name' must not be empty.",
            "articles[1].language: 'Language' must be one of: en, sv.",
            "articles[2]: must be an object.",
            "articles[3].title: 'Title' must not be empty.",
            "articles[3].body: 'Body' must not be empty.",
            "articles[4].folder: must name at least one folder.",
            "articles[5]: has the same folder, language and title as articles[0].",
        ], result.Problems.Select(p => p.ToString()));
        Assert.Equal(before.Body, world.Articles().Single().Body);
        Assert.Single(world.Folders());
        Assert.Empty(world.AuditEntries());
    }

    [Fact]
    public async Task BrokenJsonAndMisspeltFieldsAreReportedWithTheirPlace()
    {
        var broken = await ImportAsync("""{ "articles": [ { "title": "A", """);
        var misspelt = await ImportAsync("""{ "articles": [ { "folder": ["A"], "language": "en", "titel": "A", "body": "B" } ] }""");
        var wrongType = await ImportAsync("""{ "articles": [ { "folder": ["A"], "language": "en", "title": "A", "body": "B", "published": "yes" } ] }""");

        Assert.StartsWith("articles[0]", Assert.Single(broken.Problems).Path);
        Assert.Contains("titel", Assert.Single(misspelt.Problems).ToString());
        Assert.Equal("articles[0].published", Assert.Single(wrongType.Problems).Path);
        Assert.Empty(world.Articles());
    }

    [Fact]
    public async Task AValidImportThenExportRoundTrips()
    {
        var result = await ImportAsync(ValidFile);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(new FaqImportCounts(FoldersCreated: 4, ArticlesCreated: 4, ArticlesUpdated: 0, ArticlesUnchanged: 0), result.Counts);
        var exported = await world.Transfer.ExportJsonAsync(FaqAdminWorld.Admin, default);
        Assert.Equal(Normalize(ValidFile), Normalize(exported));
    }

    [Fact]
    public async Task ImportingAgainUpdatesArticlesWithTheSameFolderLanguageAndTitle()
    {
        await ImportAsync(ValidFile);
        var ids = world.Articles().Select(a => a.Id).ToList();

        var again = await ImportAsync(ValidFile.Replace("Print it at home.", "Print it at home or at a pickup point.")
            .Replace("\"Return labels\"", "\"RETURN LABELS\""));

        Assert.Equal(new FaqImportCounts(0, 0, ArticlesUpdated: 1, ArticlesUnchanged: 3), again.Counts);
        Assert.Equal(ids, world.Articles().Select(a => a.Id));
        var label = world.Articles().Single(a => a.Body.Contains("pickup"));
        Assert.Equal("RETURN LABELS", label.Title);
    }

    [Fact]
    public async Task AnImportIsAuditedAndReachesSuggestionsAtOnce()
    {
        Assert.Empty(await world.SuggestAsync("descale kettle"));

        await ImportAsync(ValidFile);

        Assert.Equal("How do I descale the kettle?", Assert.Single(await world.SuggestAsync("descale kettle")).Title);
        var entry = Assert.Single(world.AuditEntries());
        Assert.Equal(("faq", "imported", "Maja Lindberg"), (entry.Area, entry.Action, entry.ActorName));
        Assert.Equal("Folders created: 4; articles created: 4; updated: 0; unchanged: 0", entry.Details);
    }

    [Fact]
    public async Task OnlyAnAdminCanExportOrImport()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => world.Transfer.ExportAsync(FaqAdminWorld.Agent, default));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            world.Transfer.ImportAsync(FaqAdminWorld.Supervisor, new MemoryStream(Encoding.UTF8.GetBytes(ValidFile)), default));
        Assert.Empty(world.Folders());
    }

    [Fact]
    public async Task AFileOverTheSizeLimitIsRefused()
    {
        var result = await world.Transfer.ImportAsync(FaqAdminWorld.Admin, new MemoryStream(new byte[FaqTransfer.MaxFileBytes + 1]), default);

        Assert.Equal("$", Assert.Single(result.Problems).Path);
    }

    private static string Normalize(string json) =>
        System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement);
}
