using ChatDesk.Tests.Support;

namespace ChatDesk.Tests.Data;

[Collection(AppHostCollection.Name)]
public sealed class DemoSeedTests
{
    [Fact]
    public async Task AnEmptyDatabaseGetsTheDemoCompany()
    {
        using var database = new SharedMemoryDatabase();
        await using var factory = new ChatDeskFactory(database);
        _ = factory.Server;

        Assert.Equal(2, database.Count("Channels"));
        Assert.Equal(4, database.Count("AspNetUsers"));
        Assert.Equal(3, database.Count("AspNetRoles"));
        Assert.Equal(42, database.Count("FaqArticles"));
        Assert.Equal(4, database.Scalar("SELECT COUNT(*) FROM \"ReplyTemplates\" WHERE \"System\" IS NOT NULL"));
        // agent1 and agent2 are members of both channels.
        Assert.Equal(4, database.Scalar("SELECT COUNT(*) FROM \"ChannelMembers\" m JOIN \"AspNetUsers\" u ON u.\"Id\" = m.\"UserId\" WHERE u.\"UserName\" IN ('agent1','agent2') AND m.\"CanRespond\" = TRUE"));
        Assert.Equal("sv", Assert.Single(database.Column("SELECT \"Language\" FROM \"Channels\" WHERE \"Slug\" = 'support-sv'")));
    }

    [Fact]
    public async Task TheSeedRunsOnlyOnce()
    {
        using var database = new SharedMemoryDatabase();
        await using (var first = new ChatDeskFactory(database)) _ = first.Server;
        var articles = database.Count("FaqArticles");

        await using (var restart = new ChatDeskFactory(database)) _ = restart.Server;

        Assert.Equal(2, database.Count("Channels"));
        Assert.Equal(4, database.Count("AspNetUsers"));
        Assert.Equal(articles, database.Count("FaqArticles"));
    }

    [Fact]
    public async Task ADatabaseWithDataIsNeverSeeded()
    {
        using var database = new SharedMemoryDatabase();
        await using (var empty = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Demo:Seed"] = "false" })) _ = empty.Server;
        database.Execute("""
            INSERT INTO "AspNetUsers" ("Id", "DisplayName", "Capacity", "Language", "Presence", "Disabled", "UserName", "NormalizedUserName",
                "EmailConfirmed", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount")
            VALUES ('u1', 'Only Admin', 3, 'en', 'Away', FALSE, 'boss', 'BOSS', TRUE, FALSE, FALSE, TRUE, 0)
            """);

        await using (var seeded = new ChatDeskFactory(database)) _ = seeded.Server;

        Assert.Equal(0, database.Count("Channels"));
        Assert.Equal(1, database.Count("AspNetUsers"));
        Assert.Equal(0, database.Count("FaqArticles"));
    }
}
