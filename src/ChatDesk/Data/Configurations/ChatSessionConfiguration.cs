using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class ChatSessionConfiguration : IEntityTypeConfiguration<ChatSession>
{
    public void Configure(EntityTypeBuilder<ChatSession> session)
    {
        // Only the token's SHA-256 (hex) is stored; the raw token never reaches the database.
        session.Property(s => s.TokenHash).HasMaxLength(64);
        session.HasIndex(s => s.TokenHash).IsUnique();
        session.Ignore(s => s.IssuedToken);
        session.HasIndex(s => new { s.ChannelId, s.Status, s.RequestedAt });
        // Reports and the supervisor's figures select chats by the day they were created.
        session.HasIndex(s => s.CreatedAt);
        // Conversation search pages through every readable chat newest first, often within a date range.
        session.HasIndex(s => s.RequestedAt);
        // An agent's own chats (the workspace, capacity checks at every pick-up) are found by agent and status.
        // The customer's e-mail is indexed as lower(Customer_Email) in the HotPathIndexes migration: EF cannot
        // index a complex property, and history and privacy look addresses up case-insensitively.
        session.HasIndex(s => new { s.AgentId, s.Status });
        session.HasOne(s => s.Channel).WithMany().HasForeignKey(s => s.ChannelId);
        session.ComplexProperty(s => s.Customer, CustomerDetailsMapping.Configure);
        session.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(20);
        session.Property(s => s.SourceUrl).HasMaxLength(2048);
        session.Property(s => s.RatingComment).HasMaxLength(2000);
        session.Property(s => s.FaqShown).HasMaxLength(200);
        session.Property(s => s.Version).IsConcurrencyToken();
        session.Property(s => s.CustomerConnection).HasConversion<string>().HasMaxLength(20);
        session.HasMany(s => s.Messages).WithOne().HasForeignKey(m => m.SessionId);
    }
}
