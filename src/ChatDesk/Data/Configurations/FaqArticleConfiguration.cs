using ChatDesk.Features.Faq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class FaqArticleConfiguration : IEntityTypeConfiguration<FaqArticle>
{
    public void Configure(EntityTypeBuilder<FaqArticle> article)
    {
        article.HasOne(a => a.Folder).WithMany().HasForeignKey(a => a.FolderId).OnDelete(DeleteBehavior.Restrict);
        article.Property(a => a.Language).HasMaxLength(10);
        article.Property(a => a.Title).HasMaxLength(300);
        article.Property(a => a.Body).HasMaxLength(20000);
        article.Property(a => a.EmbeddingModel).HasMaxLength(100);
    }
}
