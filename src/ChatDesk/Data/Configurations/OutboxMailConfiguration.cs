using ChatDesk.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> mail)
    {
        mail.Property(m => m.To).HasMaxLength(254);
        mail.Property(m => m.Subject).HasMaxLength(300);
        mail.HasIndex(m => new { m.SentAt, m.NextAttemptAt });
        mail.Property(m => m.ClaimedBy).HasMaxLength(100);
        mail.Property(m => m.DedupKey).HasMaxLength(400);
        mail.HasIndex(m => m.DedupKey).IsUnique();
    }
}
