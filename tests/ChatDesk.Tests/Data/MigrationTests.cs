using ChatDesk.Data;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Data;

[Collection(AppHostCollection.Name)]
public sealed class MigrationTests
{
    [Fact]
    public async Task MigrationsCreateTheWholeSchemaFromAnEmptyDatabase()
    {
        using var database = new SharedMemoryDatabase();
        await using var factory = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Demo:Seed"] = "false" });
        _ = factory.Server; // starting the host applies the migrations

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ChatDeskDbContext>>().CreateDbContextAsync();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        foreach (var table in new[] { "Channels", "ChannelMembers", "Sessions", "Messages", "Tickets", "FaqFolders", "FaqArticles", "ReplyTemplates", "Outbox", "AspNetUsers" })
            Assert.Equal(0, database.Count(table));
    }

    [Fact]
    public async Task TheCommittedMigrationsMatchTheModel()
    {
        using var database = new SharedMemoryDatabase();
        await using var factory = new ChatDeskFactory(database, new Dictionary<string, string?> { ["Demo:Seed"] = "false" });
        _ = factory.Server;

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ChatDeskDbContext>>().CreateDbContextAsync();
        // Fails when an entity changed and nobody ran `dotnet ef migrations add`.
        Assert.False(db.Database.HasPendingModelChanges());
    }

    /// <summary>Both sets, whichever database this run uses: each provider's model (types, identity columns)
    /// against its own committed migrations. The PostgreSQL set needs no server to compare.</summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void EachProvidersCommittedMigrationsMatchTheModel(DatabaseProvider provider)
    {
        var connection = provider == DatabaseProvider.Postgres ? "Host=localhost;Database=unused" : "Data Source=:memory:";
        using var db = ChatDeskDbContext.Create(new DbContextOptionsBuilder<ChatDeskDbContext>().Use(provider, connection).Options);

        Assert.Equal(provider == DatabaseProvider.Postgres, db is PostgresChatDeskDbContext);
        Assert.NotEmpty(db.Database.GetMigrations());
        // Fails when an entity changed and the migration set of this provider was not regenerated (README, Tests).
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
