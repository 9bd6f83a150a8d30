using ChatDesk.Features.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(200);
        user.Property(u => u.Nickname).HasMaxLength(100);
        user.Property(u => u.Language).HasMaxLength(10);
        user.Property(u => u.Presence).HasConversion<string>().HasMaxLength(20);
        user.Ignore(u => u.FirstName);
    }
}
