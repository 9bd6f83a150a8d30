using ChatDesk.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasIndex(e => e.At);
        entry.Property(e => e.ActorUserId).HasMaxLength(450);
        entry.Property(e => e.ActorName).HasMaxLength(200);
        entry.Property(e => e.Area).HasMaxLength(40);
        entry.Property(e => e.Action).HasMaxLength(40);
        entry.Property(e => e.Subject).HasMaxLength(200);
        entry.Property(e => e.Details).HasMaxLength(AuditLog.MaxDetails);
    }
}
