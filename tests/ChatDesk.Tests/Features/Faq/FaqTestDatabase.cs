using ChatDesk.Tests.Support;
using ChatDesk.Data;
using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Faq;

/// <summary>The shared test database with helpers to add FAQ folders and articles.</summary>
public sealed class FaqTestDatabase : IDbContextFactory<ChatDeskDbContext>, IDisposable
{
    private readonly TestDatabase database = new();

    public ChatDeskDbContext CreateDbContext() => database.CreateDbContext();

    /// <summary>While set, opening a context waits for it: holds an index build or update half-way.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public async Task<ChatDeskDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        if (Gate is { } gate) await gate.Task.WaitAsync(cancellationToken);
        return CreateDbContext();
    }

    public FaqFolder Folder(string name, FaqFolder? parent = null) => Save(new FaqFolder { Name = name, ParentId = parent?.Id });

    public FaqArticle Article(FaqFolder folder, string language, string title, string body, bool published = true, bool isPublic = true) =>
        Save(new FaqArticle
        {
            FolderId = folder.Id, Language = language, Title = title, Body = body,
            Published = published, Public = isPublic, UpdatedAt = DateTimeOffset.UnixEpoch,
        });

    public void Dispose() => database.Dispose();

    private T Save<T>(T entity) where T : class
    {
        using var db = CreateDbContext();
        db.Add(entity);
        db.SaveChanges();
        return entity;
    }
}
