using System.Text.Json;
using ChatDesk.Features.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class ChatChannelConfiguration : IEntityTypeConfiguration<ChatChannel>
{
    public void Configure(EntityTypeBuilder<ChatChannel> channel)
    {
        channel.Property(c => c.Name).HasMaxLength(100);
        channel.Property(c => c.Slug).HasMaxLength(50);
        channel.HasIndex(c => c.Slug).IsUnique();
        channel.Property(c => c.Language).HasMaxLength(10);
        channel.ComplexProperty(c => c.Look);
        channel.ComplexProperty(c => c.PreChat);
        channel.ComplexProperty(c => c.PostChat);
        channel.ComplexProperty(c => c.Offline);
        // Opening hours are read and written as a whole, never queried piecewise: one JSON column.
        channel.Property(c => c.Hours).HasConversion(
            hours => JsonSerializer.Serialize(hours, JsonOptions),
            json => JsonSerializer.Deserialize<OpeningHours>(json, JsonOptions) ?? new OpeningHours(),
            new ValueComparer<OpeningHours>(
                (a, b) => JsonSerializer.Serialize(a, JsonOptions) == JsonSerializer.Serialize(b, JsonOptions),
                h => JsonSerializer.Serialize(h, JsonOptions).GetHashCode(),
                h => JsonSerializer.Deserialize<OpeningHours>(JsonSerializer.Serialize(h, JsonOptions), JsonOptions)!));
        channel.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.ChannelId);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
