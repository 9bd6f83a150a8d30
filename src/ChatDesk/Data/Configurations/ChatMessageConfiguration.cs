using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class ChatMessageConfiguration : IEntityTypeConfiguration<ChatMessage>
{
    public void Configure(EntityTypeBuilder<ChatMessage> message)
    {
        // The database, not the caller, guarantees no gaps are doubled and no retried send is stored twice.
        message.HasIndex(m => new { m.SessionId, m.Sequence }).IsUnique();
        message.HasIndex(m => new { m.SessionId, m.ClientMessageId }).IsUnique();
        message.Property(m => m.Author).HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.Kind).HasConversion<string>().HasMaxLength(20);
        message.Property(m => m.AuthorName).HasMaxLength(200);
        message.Property(m => m.Text).HasMaxLength(4000);
    }
}
