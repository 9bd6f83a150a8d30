using ChatDesk.Features.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class ReplyTemplateConfiguration : IEntityTypeConfiguration<ReplyTemplate>
{
    public void Configure(EntityTypeBuilder<ReplyTemplate> template)
    {
        template.Property(t => t.Name).HasMaxLength(200);
        template.Property(t => t.Language).HasMaxLength(10);
        template.Property(t => t.Subject).HasMaxLength(300);
        template.Property(t => t.Body).HasMaxLength(20000);
        template.Property(t => t.System).HasConversion<string>().HasMaxLength(40);
        // One system template of each kind per language.
        template.HasIndex(t => new { t.System, t.Language }).IsUnique().HasFilter("\"System\" IS NOT NULL");
    }
}
