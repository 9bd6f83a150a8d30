using ChatDesk.Data;
using ChatDesk.Features.Faq;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Faq;

/// <summary>A private SQLite in-memory database with the migrated schema; it lives as long as its one open connection.</summary>
public sealed class FaqTestDatabase : IDbContextFactory<ChatDeskDbContext>, IDisposable
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly DbContextOptions<ChatDeskDbContext> options;

    public FaqTestDatabase()
    {
        connection.Open();
        options = new DbContextOptionsBuilder<ChatDeskDbContext>().UseSqlite(connection).Options;
        using var db = CreateDbContext();
        db.Database.Migrate();
    }

    public ChatDeskDbContext CreateDbContext() => new(options);

    public FaqFolder Folder(string name, FaqFolder? parent = null) => Save(new FaqFolder { Name = name, ParentId = parent?.Id });

    public FaqArticle Article(FaqFolder folder, string language, string title, string body, bool published = true, bool isPublic = true) =>
        Save(new FaqArticle
        {
            FolderId = folder.Id, Language = language, Title = title, Body = body,
            Published = published, Public = isPublic, UpdatedAt = DateTimeOffset.UnixEpoch,
        });

    public void Dispose() => connection.Dispose();

    private T Save<T>(T entity) where T : class
    {
        using var db = CreateDbContext();
        db.Add(entity);
        db.SaveChanges();
        return entity;
    }
}
