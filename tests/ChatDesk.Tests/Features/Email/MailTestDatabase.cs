using ChatDesk.Data;
using ChatDesk.Data.Seeding;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Tests.Features.Email;

/// <summary>A migrated SQLite in-memory database for the mail and ticket tests, with helpers to add what they need.
/// Each context opens its own connection to the shared in-memory database, as the app's factory does.</summary>
public sealed class MailTestDatabase : IDisposable, IDbContextFactory<ChatDeskDbContext>
{
    private readonly SharedMemoryDatabase database = new();
    private readonly DbContextOptions<ChatDeskDbContext> options;

    public MailTestDatabase()
    {
        options = database.ContextOptions().Options;
        using var db = CreateDbContext();
        db.Database.Migrate();
    }

    public ChatDeskDbContext CreateDbContext() => ChatDeskDbContext.Create(options);

    public async Task AddSystemTemplatesAsync()
    {
        await using var db = CreateDbContext();
        db.ReplyTemplates.AddRange(DemoTemplates.All().Where(t => t.System is not null));
        await db.SaveChangesAsync();
    }

    public async Task<ChatChannel> AddChannelAsync(string language = "en", string timeZoneId = "Europe/Stockholm",
        Action<ChatChannel>? configure = null)
    {
        var channel = new ChatChannel
        {
            Name = language == "sv" ? "Kundtjänst" : "Support",
            Slug = $"support-{Guid.NewGuid():N}"[..20],
            Language = language,
            Hours = new OpeningHours { TimeZoneId = timeZoneId, AlwaysOpen = true },
        };
        configure?.Invoke(channel);
        await using var db = CreateDbContext();
        db.Channels.Add(channel);
        await db.SaveChangesAsync();
        return channel;
    }

    public async Task<ChatSession> AddSessionAsync(ChatChannel channel, CustomerDetails customer, string? agent,
        params ChatMessage[] messages)
    {
        var session = new ChatSession(SessionStatus.Ended)
        {
            TokenHash = Guid.NewGuid().ToString("N"),
            ChannelId = channel.Id,
            Customer = customer,
            AgentDisplayName = agent,
            CreatedAt = messages.Length > 0 ? messages.Min(m => m.SentAt) : DateTimeOffset.UnixEpoch,
            LastSequence = messages.Length == 0 ? 0 : messages.Max(m => m.Sequence),
            Messages = [.. messages],
        };
        await using var db = CreateDbContext();
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return session;
    }

    public async Task<List<OutboxMail>> OutboxAsync()
    {
        await using var db = CreateDbContext();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public long Count(string table) => database.Count(table);

    public void Execute(string sql) => database.Execute(sql);

    /// <summary>Synchronous, for event handlers.</summary>
    public OutboxMail Find(long outboxId)
    {
        using var db = CreateDbContext();
        return db.Outbox.AsNoTracking().Single(m => m.Id == outboxId);
    }

    public void Dispose() => database.Dispose();
}
