using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Hosting.Jobs;

/// <summary>Which node runs a cluster-wide job (<see cref="JobLeases"/>): one row per job name, held by
/// <see cref="Holder"/> until <see cref="LeaseUntil"/>. A node that dies stops renewing, and the row is free again
/// once the time has passed.</summary>
public sealed class JobLease
{
    public string Name { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTimeOffset LeaseUntil { get; set; }
}

internal sealed class JobLeaseConfiguration : IEntityTypeConfiguration<JobLease>
{
    public void Configure(EntityTypeBuilder<JobLease> lease)
    {
        lease.ToTable("JobLeases");
        lease.HasKey(l => l.Name);
        lease.Property(l => l.Name).HasMaxLength(100);
        lease.Property(l => l.Holder).HasMaxLength(100);
    }
}
