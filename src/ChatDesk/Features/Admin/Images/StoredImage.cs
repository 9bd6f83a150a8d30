using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Features.Admin.Images;

/// <summary>An uploaded logo or staff photo. Kept in the database so every node serves it; never changed once
/// stored (a new upload is a new row, with a new id and so a new URL), which lets browsers cache it for good.</summary>
public sealed class StoredImage
{
    /// <summary>32 random hex digits, part of the public URL.</summary>
    public string Id { get; set; } = "";
    /// <summary>Sniffed from the bytes, never taken from the browser.</summary>
    public string ContentType { get; set; } = "";
    public byte[] Content { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class StoredImageConfiguration : IEntityTypeConfiguration<StoredImage>
{
    public void Configure(EntityTypeBuilder<StoredImage> image)
    {
        image.ToTable("StoredImages");
        image.HasKey(i => i.Id);
        image.Property(i => i.Id).HasMaxLength(32);
        image.Property(i => i.ContentType).HasMaxLength(20);
    }
}
