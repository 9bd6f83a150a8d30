using ChatDesk.Features.Admin;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Faq;
using ChatDesk.Features.History;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Tickets;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ChatDesk.Data;

public class ChatDeskDbContext(DbContextOptions<ChatDeskDbContext> options)
    : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<ChatChannel> Channels => Set<ChatChannel>();
    public DbSet<ChannelMember> ChannelMembers => Set<ChannelMember>();
    public DbSet<ChatSession> Sessions => Set<ChatSession>();
    public DbSet<ChatMessage> Messages => Set<ChatMessage>();
    public DbSet<Ticket> Tickets => Set<Ticket>();
    public DbSet<TicketEvent> TicketEvents => Set<TicketEvent>();
    public DbSet<FaqFolder> FaqFolders => Set<FaqFolder>();
    public DbSet<FaqArticle> FaqArticles => Set<FaqArticle>();
    public DbSet<ReplyTemplate> ReplyTemplates => Set<ReplyTemplate>();
    public DbSet<OutboxMail> Outbox => Set<OutboxMail>();
    public DbSet<QuickReply> QuickReplies => Set<QuickReply>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<TransferOffer> TransferOffers => Set<TransferOffer>();
    public DbSet<HandOver> HandOvers => Set<HandOver>();
    public DbSet<TransferNotice> TransferNotices => Set<TransferNotice>();
    public DbSet<ChatNote> ChatNotes => Set<ChatNote>();
    /// <summary>The Data Protection key ring (cookies, antiforgery, circuits), see Hosting/DataProtectionSetup.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>A context for these options: <see cref="PostgresChatDeskDbContext"/> on PostgreSQL (its own
    /// migration set), this type on SQLite.</summary>
    public static ChatDeskDbContext Create(DbContextOptions<ChatDeskDbContext> options, DatabaseProvider? provider = null) =>
        (provider ?? DatabaseProviders.Of(options)) == DatabaseProvider.Postgres ? new PostgresChatDeskDbContext(options) : new ChatDeskDbContext(options);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ChatDeskDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite cannot compare or sort DateTimeOffset text; UTC ticks keep both working (rule 4: store UTC).
        // PostgreSQL stores the same bigint ticks: its timestamptz keeps microseconds, not .NET's 100 ns ticks, so a
        // value read back would differ from the one written (leases, cursors and tests compare them exactly).
        builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        builder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
