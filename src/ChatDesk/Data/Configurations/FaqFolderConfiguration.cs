using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class FaqFolderConfiguration : IEntityTypeConfiguration<FaqFolder>
{
    public void Configure(EntityTypeBuilder<FaqFolder> folder)
    {
        folder.Property(f => f.Name).HasMaxLength(200);
        folder.HasOne(f => f.Parent).WithMany().HasForeignKey(f => f.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
