using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Faq;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Features.Faq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Admin.Faq;

/// <summary>The FAQ admin services over a test database, with an admin and an agent to act as.</summary>
public sealed class FaqAdminWorld : IDisposable
{
    public static readonly StaffActor Admin = new("admin-1", "Maja Lindberg", new HashSet<string> { StaffRoles.Admin });
    public static readonly StaffActor Agent = new("agent-1", "Anna Svensson", new HashSet<string> { StaffRoles.Agent });
    public static readonly StaffActor Supervisor = new("super-1", "Erik Sandberg", new HashSet<string> { StaffRoles.Supervisor });

    public FaqAdminWorld()
    {
        Index = new FaqSearchIndex(Database);
        Changes = new FaqIndexChanges(Index, Events);
        var audit = new AuditLog(Database, Time);
        Service = new FaqAdmin(Database, audit, Changes, Time);
        Transfer = new FaqTransfer(Database, audit, Changes, Time);
    }

    public FaqTestDatabase Database { get; } = new();
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
    public FaqSearchIndex Index { get; }
    public FaqIndexChanges Changes { get; }
    /// <summary>The event bus every node of this world shares.</summary>
    public IChatEvents Events { get; } = new InProcessChatEvents(NullLogger<InProcessChatEvents>.Instance);
    public FaqAdmin Service { get; }
    public FaqTransfer Transfer { get; }

    public List<AuditEntry> AuditEntries()
    {
        using var db = Database.CreateDbContext();
        return [.. db.AuditEntries.AsNoTracking().OrderBy(e => e.Id)];
    }

    public List<FaqArticle> Articles()
    {
        using var db = Database.CreateDbContext();
        return [.. db.FaqArticles.AsNoTracking().OrderBy(a => a.Id)];
    }

    public List<FaqFolder> Folders()
    {
        using var db = Database.CreateDbContext();
        return [.. db.FaqFolders.AsNoTracking().OrderBy(f => f.Id)];
    }

    public Task<IReadOnlyList<FaqSuggestion>> SuggestAsync(string question, string language = "en") =>
        Index.SuggestAsync(null, language, question, 3, CancellationToken.None);

    public void Dispose() => Database.Dispose();
}
