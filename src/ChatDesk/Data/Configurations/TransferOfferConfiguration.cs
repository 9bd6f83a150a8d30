using ChatDesk.Features.Agents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class TransferOfferConfiguration : IEntityTypeConfiguration<TransferOffer>
{
    public void Configure(EntityTypeBuilder<TransferOffer> offer)
    {
        // One pending offer per chat: the key itself refuses a second one.
        offer.HasKey(o => o.SessionId);
        offer.Property(o => o.FromAgentId).HasMaxLength(450);
        offer.Property(o => o.ToAgentId).HasMaxLength(450);
        offer.Property(o => o.FromName).HasMaxLength(200);
        offer.Property(o => o.CustomerName).HasMaxLength(200);
        offer.HasIndex(o => o.ToAgentId);
    }
}

internal sealed class HandOverConfiguration : IEntityTypeConfiguration<HandOver>
{
    public void Configure(EntityTypeBuilder<HandOver> handOver)
    {
        handOver.HasKey(h => new { h.AgentId, h.SessionId });
        handOver.Property(h => h.AgentId).HasMaxLength(450);
    }
}

internal sealed class TransferNoticeConfiguration : IEntityTypeConfiguration<TransferNotice>
{
    public void Configure(EntityTypeBuilder<TransferNotice> notice)
    {
        // One notice per chat and sender: a newer outcome replaces the older.
        notice.HasKey(n => new { n.SessionId, n.FromAgentId });
        notice.Property(n => n.FromAgentId).HasMaxLength(450);
        notice.Property(n => n.ToName).HasMaxLength(200);
    }
}
