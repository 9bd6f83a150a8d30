using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Features.Api;

/// <summary>Who a token speaks for: a person's own scripts, or (later) a bot that answers chats through the staff API.
/// Both act with their user's roles and channel memberships; the kind lets a bot be listed and limited on its own.</summary>
public enum TokenKind { User, Bot }

/// <summary>A staff user's personal access token for the staff API. Like a chat token only its SHA-256 is kept, so a
/// copy of the database authenticates nothing; <see cref="Prefix"/> (the first characters) lets a person tell their
/// tokens apart on the tokens page.</summary>
public sealed class PersonalAccessToken
{
    public int Id { get; set; }
    public string UserId { get; set; } = "";
    public StaffUser? User { get; set; }
    public string Name { get; set; } = "";
    public TokenKind Kind { get; set; } = TokenKind.User;
    public string TokenHash { get; set; } = "";
    public string Prefix { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>User name of whoever made it (the user, or an admin for them).</summary>
    public string CreatedBy { get; set; } = "";
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> builder)
    {
        builder.ToTable("PersonalAccessTokens");
        builder.Property(t => t.UserId).HasMaxLength(450);
        builder.Property(t => t.Name).HasMaxLength(PersonalAccessTokens.MaxNameLength);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.CreatedBy).HasMaxLength(256);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
