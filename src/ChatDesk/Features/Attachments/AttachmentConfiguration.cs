using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Features.Attachments;

internal sealed class ChatAttachmentConfiguration : IEntityTypeConfiguration<ChatAttachment>
{
    public void Configure(EntityTypeBuilder<ChatAttachment> attachment)
    {
        attachment.ToTable("Attachments");
        attachment.HasIndex(a => a.SessionId);
        attachment.HasIndex(a => a.MessageId).IsUnique();
        // An erased message takes its attachment row with it (the blob goes in the same transaction, see AttachmentCleanup).
        attachment.HasOne(a => a.Message).WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        attachment.Property(a => a.FileName).HasMaxLength(AttachmentFileName.MaxLength);
        attachment.Property(a => a.ContentType).HasMaxLength(100);
        attachment.Property(a => a.Sha256).HasMaxLength(64);
        attachment.Property(a => a.StorageKey).HasMaxLength(64);
        attachment.Ignore(a => a.IsImage);
    }
}

internal sealed class AttachmentBlobConfiguration : IEntityTypeConfiguration<AttachmentBlob>
{
    public void Configure(EntityTypeBuilder<AttachmentBlob> blob)
    {
        blob.ToTable("AttachmentBlobs");
        blob.HasKey(b => b.Key);
        blob.Property(b => b.Key).HasMaxLength(64);
        blob.HasIndex(b => b.SessionId);
    }
}
