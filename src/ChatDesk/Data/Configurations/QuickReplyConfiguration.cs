using ChatDesk.Features.Agents;
using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class QuickReplyConfiguration : IEntityTypeConfiguration<QuickReply>
{
    public void Configure(EntityTypeBuilder<QuickReply> reply)
    {
        reply.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.OwnerUserId).OnDelete(DeleteBehavior.Cascade);
        reply.HasIndex(r => r.OwnerUserId);
        reply.Property(r => r.Title).HasMaxLength(100);
        reply.Property(r => r.Text).HasMaxLength(4000);
    }
}
