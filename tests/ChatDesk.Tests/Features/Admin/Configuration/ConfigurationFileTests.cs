using System.Text.Json;
using System.Text.Json.Nodes;
using ChatDesk.Features.Admin.Configuration;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Features.Admin.Staff;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Admin.Configuration;

public sealed class ConfigurationFileTests : IAsyncLifetime
{
    private readonly AdminServices source = new();
    private readonly AdminServices target = new();
    private static readonly StaffActor Operator = StaffActor.CommandLine;

    public Task InitializeAsync() => ConfigurationSeed.FillAsync(source);

    public async Task DisposeAsync()
    {
        await source.DisposeAsync();
        await target.DisposeAsync();
    }

    [Fact]
    public void TheSeededChannelChangesEverySettingFromItsDefault()
    {
        // Guards the round trip below: a setting left at its default could be lost without the comparison noticing.
        var seeded = ConfigurationSeed.EverySettingChanged(1, "a", "b");
        var defaults = new ChatChannel();
        var unchanged = new List<string>();
        foreach (var property in FieldComparison.Properties(typeof(ChatChannel)).Where(p => p.Name is not ("Id" or "Members")))
        {
            var (mine, initial) = (property.GetValue(seeded), property.GetValue(defaults));
            if (property.PropertyType.IsClass && property.PropertyType != typeof(string))
                unchanged.AddRange(FieldComparison.Properties(property.PropertyType)
                    .Where(sub => Json(sub.GetValue(mine)) == Json(sub.GetValue(initial)))
                    .Select(sub => property.Name + "." + sub.Name));
            else if (Json(mine) == Json(initial)) unchanged.Add(property.Name);
        }

        Assert.Empty(unchanged);
        Assert.Equal(
            [(false, false, true, true), (true, true, false, false)],
            seeded.Members.Select(m => (m.CanRespond, m.Notifications, m.CanListenIn, m.IsManager)));
    }

    [Fact]
    public async Task ExportThenImportIntoAnEmptyDatabaseReproducesEveryField()
    {
        var json = await source.Configuration.ExportAsync(Operator, CancellationToken.None);

        var result = await target.Configuration.ImportAsync(Operator, json, CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var (before, after) = (ConfigurationState.Load(source.Database), ConfigurationState.Load(target.Database));
        Assert.Empty(before.DifferencesFrom(after));
        Assert.Equal((3, 4, 3, 8, 2), (after.Users.Count + 1, after.Folders.Count, after.Articles.Count, after.Templates.Count, after.Channels.Count));
        Assert.Equal(json, await target.Configuration.ExportAsync(Operator, CancellationToken.None));
        Assert.Equal(["alice", "bob"], result.UsersWithoutPassword);
    }

    [Fact]
    public async Task TheFileCarriesNoPasswordOrHash()
    {
        var json = await source.Configuration.ExportAsync(Operator, CancellationToken.None);

        Assert.DoesNotContain("password", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("stamp", json, StringComparison.OrdinalIgnoreCase);
        var root = JsonNode.Parse(json)!;
        Assert.Equal(("chatdesk-config", 1), ((string)root["format"]!, (int)root["version"]!));
        Assert.Equal(["Admin", "Supervisor"], root["staff"]![0]!["roles"]!.AsArray().Select(r => (string)r!));
    }

    [Fact]
    public async Task ImportingTheSameFileAgainChangesNothing()
    {
        var json = await source.Configuration.ExportAsync(Operator, CancellationToken.None);
        var before = ConfigurationState.Load(source.Database);

        var result = await source.Configuration.ImportAsync(Operator, json, CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Changes);
        Assert.Empty(before.DifferencesFrom(ConfigurationState.Load(source.Database)));
    }

    [Fact]
    public async Task ImportUpdatesItemsMatchedByNaturalKeyAndAuditsIt()
    {
        var root = JsonNode.Parse(await source.Configuration.ExportAsync(Operator, CancellationToken.None))!;
        var channel = root["channels"]!.AsArray().Single(c => (string)c!["slug"]! == "round-trip")!;
        channel["idleMinutes"] = 50;
        channel["members"]!.AsArray().RemoveAt(1);
        root["staff"]![1]!["capacity"] = 2;

        var result = await source.Configuration.ImportAsync(Operator, root.ToJsonString(), CancellationToken.None);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(["Updated staff user bob: Capacity: 1 → 2", "Updated channel round-trip"], result.Changes);
        using var db = source.Database.CreateDbContext();
        var stored = await db.Channels.Include(c => c.Members).SingleAsync(c => c.Slug == "round-trip");
        Assert.Equal(50, stored.IdleMinutes);
        Assert.Single(stored.Members);
        Assert.Contains(source.Events.Published, e => e is ChannelSettingsSaved saved && saved.ChannelId == stored.Id); // open customer pages of the channel reload its settings
        var audit = Assert.Single(await source.Audit.LatestAsync(Operator, "config", 10, CancellationToken.None));
        Assert.Equal(("command line", "imported", "configuration file"), (audit.ActorName, audit.Action, audit.Subject));
        Assert.EndsWith("Updated staff user bob: Capacity: 1 → 2\nUpdated channel round-trip", audit.Details);
    }

    [Fact]
    public async Task AFileWithProblemsInSeveralSectionsChangesNothingAndNamesEveryProblem()
    {
        var root = JsonNode.Parse(await source.Configuration.ExportAsync(Operator, CancellationToken.None))!;
        root["staff"]![0]!["capacity"] = 50;
        root["staff"]![1]!["roles"] = new JsonArray("Boss");
        root["staff"]![1]!["userName"] = "ALICE";
        root["faqFolders"]!.AsArray().Add(new JsonObject { ["path"] = new JsonArray("Nowhere", "Deep") });
        root["faqArticles"]![0]!["folder"] = new JsonArray("Missing");
        root["faqArticles"]![1]!["body"] = "";
        root["templates"]![0]!["subject"] = "";
        var channels = root["channels"]!.AsArray();
        var plain = channels[0]!;
        plain["look"]!["color"] = "red";
        var roundTrip = channels[1]!;
        roundTrip["hours"]!["days"]![0]!["close"] = "07:00:00";
        roundTrip["members"]![0]!["userName"] = "ghost";
        roundTrip["preChat"]!["faqFolder"] = new JsonArray("Root A", "Gone");
        roundTrip["slug"] = "plain";
        var before = ConfigurationState.Dump(source.Database);

        var result = await source.Configuration.ImportAsync(Operator, root.ToJsonString(), CancellationToken.None);

        Assert.Equal(
            [
                "staff[0].capacity: must be between 1 and 20. You entered 50.",
                "staff[1].roles: may hold only Admin, Supervisor, Agent.",
                "staff[1].userName: 'ALICE' is already listed at staff[0].",
                "faqFolders[4].path: its parent folder 'Nowhere' is neither in the file nor in the database.",
                "faqArticles[0].folder: there is no folder 'Missing' in the file or the database.",
                "faqArticles[1].body: must not be empty.",
                "templates[0].subject: must be set on a template the app sends by e-mail.",
                "channels[0].look.color: must be a colour such as #1565c0.",
                "channels[1].members[0].userName: there is no staff user 'ghost' in the file or the database.",
                "channels[1].hours.days[0].close: must be after Open (use 23:59 for midnight)",
                "channels[1].preChat.faqFolder: there is no folder 'Root A / Gone' in the file or the database.",
                "channels[1].slug: 'plain' is already listed at channels[0].",
            ],
            result.Problems.Select(p => p.ToString()));
        Assert.Empty(result.Changes);
        Assert.Equal(before, ConfigurationState.Dump(source.Database));
    }

    [Theory]
    [InlineData("{\n  \"format\": \"chatdesk-config\",\n  \"version\": 1,\n  \"channels\": [ { \"slug\": } ]\n}", "channels[0].slug", "line 4, position 27")]
    [InlineData("{ \"format\": \"chatdesk-config\", \"chanels\": [] }", "chanels", "line 1, position")]
    [InlineData("{ \"version\": 1, \"staff\": [ { \"userName\": \"x\", \"capacity\": \"many\" } ] }", "staff[0].capacity", "line 1, position")]
    [InlineData("{ \"channels\": [ { \"routing\": \"Sideways\" } ] }", "channels[0].routing", "line 1, position")]
    public async Task AnUnreadableFileIsReportedWithItsPathLineAndPositionAndChangesNothing(string json, string path, string where)
    {
        var before = ConfigurationState.Dump(source.Database);

        var result = await source.Configuration.ImportAsync(Operator, json, CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(path, problem.Path);
        Assert.True(problem.Message.Contains(where), problem.Message);
        Assert.Equal(before, ConfigurationState.Dump(source.Database));
    }

    [Fact]
    public async Task AnAdminImportingThroughThePageCannotLockThemselvesOut()
    {
        var root = JsonNode.Parse(await source.Configuration.ExportAsync(Operator, CancellationToken.None))!;
        root["staff"]![0]!["disabled"] = true;
        root["staff"]![0]!["roles"] = new JsonArray("Agent");
        using var db = source.Database.CreateDbContext();
        var alice = await db.Users.SingleAsync(u => u.UserName == "alice");

        var result = await source.Configuration.ImportAsync(AdminServices.ActorFor(alice, StaffRoles.Admin), root.ToJsonString(), CancellationToken.None);

        Assert.Equal(["staff[0].disabled: you cannot disable yourself.", "staff[0].roles: you cannot remove Admin from yourself."],
            result.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task ANonAdminCanNeitherExportNorImport()
    {
        var agent = new StaffActor("x", "agent", new HashSet<string> { StaffRoles.Agent, StaffRoles.Supervisor });

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => source.Configuration.ExportAsync(agent, CancellationToken.None));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => source.Configuration.ImportAsync(agent, "{}", CancellationToken.None));
    }

    private static string Json(object? value) => JsonSerializer.Serialize(value);
}
