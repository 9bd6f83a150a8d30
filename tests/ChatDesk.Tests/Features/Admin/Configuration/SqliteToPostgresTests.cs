using System.Text.Json.Nodes;
using ChatDesk.Features.Admin.Configuration;
using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Features.Admin.Configuration;

/// <summary>Issue 14: moving an installation from SQLite to PostgreSQL with <c>config export</c> and <c>config
/// import</c>. Runs on both test runs: it needs the throwaway PostgreSQL cluster (tests/run.sh installs it).</summary>
[Collection(AppHostCollection.Name)]
public sealed class SqliteToPostgresTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatdesk-move-").FullName;
    private readonly string postgres = PostgresDatabases.Create(migrated: false);
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private string Sqlite => $"--ConnectionStrings:ChatDesk=Data Source={Path.Combine(folder, "old.db")};Pooling=False";
    private string[] Postgres => ["--ChatDesk:Database=Postgres", $"--ConnectionStrings:ChatDesk={postgres}"];

    private Task<int> RunAsync(params string[] args) => ConfigurationCommand.RunAsync(args, output, error);

    [Fact]
    public async Task AnExportFromSqliteImportedIntoPostgresGivesTheSameChannelsTemplatesFaqAndStaff()
    {
        var fromSqlite = Path.Combine(folder, "sqlite.json");
        var fromPostgres = Path.Combine(folder, "postgres.json");
        // The demo company, as a SQLite installation started with `dotnet run` holds it.
        Assert.Equal(0, await RunAsync("config", "export", fromSqlite, Sqlite, "--Demo:Password=Move-Demo-Pass-1", "--environment=Development"));

        Assert.Equal(0, await RunAsync(["config", "import", fromSqlite, .. Postgres]));
        Assert.Equal(0, await RunAsync(["config", "export", fromPostgres, .. Postgres]));

        Assert.Equal("", error.ToString());
        var before = JsonNode.Parse(File.ReadAllText(fromSqlite))!;
        var after = JsonNode.Parse(File.ReadAllText(fromPostgres))!;
        Assert.NotEmpty(before["channels"]!.AsArray());
        Assert.NotEmpty(before["templates"]!.AsArray());
        Assert.NotEmpty(before["staff"]!.AsArray());
        foreach (var part in new[] { "channels", "templates", "staff", "faqFolders", "faqArticles" })
            Assert.Equal(before[part]!.ToJsonString(), after[part]!.ToJsonString());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        PostgresDatabases.Drop(postgres);
        Directory.Delete(folder, recursive: true);
    }
}
