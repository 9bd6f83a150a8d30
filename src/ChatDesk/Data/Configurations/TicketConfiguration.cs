using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>
{
    public void Configure(EntityTypeBuilder<Ticket> ticket)
    {
        ticket.HasIndex(t => t.Number).IsUnique();
        ticket.HasIndex(t => t.CreatedAt);
        ticket.HasOne<ChatChannel>().WithMany().HasForeignKey(t => t.ChannelId);
        ticket.HasOne<ChatSession>().WithMany().HasForeignKey(t => t.SourceSessionId).OnDelete(DeleteBehavior.SetNull);
        ticket.ComplexProperty(t => t.Customer, CustomerDetailsMapping.Configure);
        ticket.Property(t => t.Question).HasMaxLength(20000);
        ticket.Property(t => t.Category).HasMaxLength(100);
        ticket.Property(t => t.Priority).HasConversion<string>().HasMaxLength(20);
        ticket.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
    }
}
