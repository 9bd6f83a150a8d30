using System.Text.Json.Nodes;
using ChatDesk.Features.Admin.Configuration;
using ChatDesk.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ChatDesk.Tests.Features.Admin.Configuration;

/// <summary>The command line in-process, with the app's real composition over temporary SQLite files.
/// In the app-host collection: it builds a host, which a WebApplicationFactory starting at the same time could catch.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ConfigurationCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatdesk-cli-").FullName;
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    private string Database(string name) => $"--ConnectionStrings:ChatDesk=Data Source={Path.Combine(folder, name)};Pooling=False";

    private Task<int> RunAsync(params string[] args) => ConfigurationCommand.RunAsync(args, output, error);

    [Fact]
    public async Task ExportThenImportIntoANewDatabaseFileCopiesTheConfiguration()
    {
        var file = Path.Combine(folder, "config.json");
        File.WriteAllText(file, """
            {
              "format": "chatdesk-config", "version": 1,
              "staff": [ { "userName": "olle", "email": "olle@example.test", "displayName": "Olle Ek", "roles": ["Agent"] } ],
              "faqFolders": [ { "path": ["Help"] } ],
              "faqArticles": [ { "folder": ["Help"], "title": "Opening hours", "body": "We are open 9–17." } ],
              "channels": [ { "name": "Web", "slug": "web", "hours": { "alwaysOpen": true }, "members": [ { "userName": "olle" } ] } ]
            }
            """);

        var imported = await RunAsync("config", "import", file, Database("first.db"));
        var exported = await RunAsync("config", "export", Path.Combine(folder, "out.json"), Database("first.db"));

        Assert.Equal((0, 0), (imported, exported));
        Assert.Equal("", error.ToString());
        Assert.Contains("Created channel web", output.ToString());
        Assert.Contains("New staff users have no password and cannot sign in until an admin sets one on /admin/staff: olle", output.ToString());
        Assert.Contains("Exported 1 channels, 1 FAQ folders, 1 FAQ articles, 0 templates and 1 staff users to", output.ToString());
        var export = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "out.json")))!;
        Assert.Equal("olle", (string)export["channels"]![0]!["members"]![0]!["userName"]!);
        Assert.Equal("Olle Ek", (string)export["staff"]![0]!["displayName"]!);
        // No demo data: the database holds exactly the file's configuration.
        Assert.Equal("1", Scalar("first.db", "SELECT COUNT(*) FROM Channels"));
    }

    [Fact]
    public async Task ExportingANewDatabaseGivesTheDemoConfigurationTheAppWouldStartWith()
    {
        var file = Path.Combine(folder, "demo.json");

        // Development, as `dotnet run` starts the app: the command meets the database in the same environment.
        var code = await RunAsync("config", "export", file, Database("new.db"), "--Demo:Password=Cli-Demo-Pass-1", "--environment=Development");

        Assert.Equal(0, code);
        var slugs = JsonNode.Parse(File.ReadAllText(file))!["channels"]!.AsArray().Select(c => (string)c!["slug"]!);
        Assert.Equal(["support", "support-sv"], slugs);
    }

    [Fact]
    public async Task ResetPasswordGivesAnImportedUserAGeneratedPassword()
    {
        var file = Path.Combine(folder, "admin.json");
        File.WriteAllText(file, """
            { "staff": [ { "userName": "first-admin", "email": "a@example.test", "displayName": "First Admin", "roles": ["Admin"] } ] }
            """);
        Assert.Equal(0, await RunAsync("config", "import", file, Database("admin.db")));
        Assert.Equal("", Scalar("admin.db", "SELECT COALESCE(PasswordHash, '') FROM AspNetUsers"));

        var code = await RunAsync("config", "reset-password", "first-admin", Database("admin.db"));

        Assert.Equal(0, code);
        Assert.Matches("New password for first-admin \\(shown once\\): \\S{16}", output.ToString());
        Assert.StartsWith("AQAAAA", Scalar("admin.db", "SELECT PasswordHash FROM AspNetUsers"));
        Assert.Equal(2, await RunAsync("config", "reset-password", "nobody", Database("admin.db")));
        Assert.Contains("There is no staff user 'nobody'.", error.ToString());
    }

    [Fact]
    public async Task WithDemoDataOffANewDatabaseInANewFolderExportsAnEmptyConfiguration()
    {
        var file = Path.Combine(folder, "empty.json");

        var code = await RunAsync("config", "export", file, Database("new/empty.db"), "--Demo:Seed=false");

        Assert.Equal(0, code);
        var export = JsonNode.Parse(File.ReadAllText(file))!;
        Assert.Equal("chatdesk-config", (string)export["format"]!);
        Assert.Empty(export["channels"]!.AsArray());
    }

    [Fact]
    public async Task AnInvalidFileExitsWithOneAndPrintsEveryProblemPath()
    {
        var file = Path.Combine(folder, "bad.json");
        File.WriteAllText(file, """
            { "channels": [ { "name": "", "slug": "Bad Slug", "hours": { "alwaysOpen": true }, "members": [ { "userName": "nobody" } ] } ] }
            """);

        var code = await RunAsync("config", "import", file, Database("bad.db"));

        Assert.Equal(1, code);
        Assert.Equal(
            [
                $"{file} has 3 problem(s); nothing was changed:",
                "  channels[0].members[0].userName: there is no staff user 'nobody' in the file or the database.",
                "  channels[0].name: must not be empty.",
                "  channels[0].slug: may hold only lower-case letters a–z, digits and '-', and must start with a letter or digit.",
            ],
            error.ToString().TrimEnd().Split(Environment.NewLine));
        Assert.Equal("0", Scalar("bad.db", "SELECT COUNT(*) FROM Channels"));
    }

    [Theory]
    [InlineData("config")]
    [InlineData("config", "export")]
    [InlineData("config", "delete", "x.json")]
    [InlineData("config", "export", "x.json", "stray")]
    public async Task WrongArgumentsPrintTheUsageAndExitWithTwo(params string[] args)
    {
        Assert.Equal(2, await RunAsync(args));
        Assert.StartsWith("Usage:", error.ToString());
    }

    [Fact]
    public async Task AMissingFileExitsWithTwo()
    {
        var code = await RunAsync("config", "import", Path.Combine(folder, "absent.json"), Database("absent.db"));

        Assert.Equal(2, code);
        Assert.StartsWith("Cannot read", error.ToString());
    }

    private string Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, database)};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
