using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Features.Webhooks;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> subscription)
    {
        subscription.ToTable("WebhookSubscriptions");
        subscription.Property(s => s.Url).HasMaxLength(WebhookUrl.MaxLength);
        subscription.Property(s => s.Events).HasMaxLength(300);
        subscription.Property(s => s.Secret).HasMaxLength(100);
        subscription.Ignore(s => s.EventList);
        subscription.HasOne(s => s.Channel).WithMany().HasForeignKey(s => s.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> delivery)
    {
        delivery.ToTable("WebhookDeliveries");
        delivery.Property(d => d.EventType).HasMaxLength(40);
        delivery.Property(d => d.Status).HasMaxLength(20);
        delivery.Property(d => d.LastError).HasMaxLength(WebhookRetry.MaxErrorLength);
        delivery.Property(d => d.ClaimedBy).HasMaxLength(100);
        delivery.HasOne(d => d.Subscription).WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
        delivery.HasOne(d => d.Session).WithMany().HasForeignKey(d => d.SessionId).OnDelete(DeleteBehavior.Cascade);
        // Retention deletes messages; the delivery log keeps its row and sequence.
        delivery.HasOne(d => d.Message).WithMany().HasForeignKey(d => d.MessageId).OnDelete(DeleteBehavior.SetNull);
        delivery.HasOne(d => d.Ticket).WithMany().HasForeignKey(d => d.TicketId).OnDelete(DeleteBehavior.Cascade);
        // One row per event and subscription: a second writer of the same event (the event-bus fallback, another
        // node) fails on this index instead of sending it twice. Rows without a chat (ping, tickets) are not limited.
        delivery.HasIndex(d => new { d.SubscriptionId, d.SessionId, d.EventType, d.SessionVersion, d.MessageSequence }).IsUnique();
        delivery.HasIndex(d => new { d.DeliveredAt, d.FailedAt, d.NextAttemptAt });
    }
}
