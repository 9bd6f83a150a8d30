using ChatDesk.Features.Identity;
using ChatDesk.Features.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

internal sealed class TicketEventConfiguration : IEntityTypeConfiguration<TicketEvent>
{
    public void Configure(EntityTypeBuilder<TicketEvent> ticketEvent)
    {
        ticketEvent.HasOne<Ticket>().WithMany().HasForeignKey(e => e.TicketId).OnDelete(DeleteBehavior.Cascade);
        // The name stays in the row, so a deleted staff account leaves its history readable.
        ticketEvent.HasOne<StaffUser>().WithMany().HasForeignKey(e => e.ByUserId).OnDelete(DeleteBehavior.SetNull);
        ticketEvent.HasIndex(e => new { e.TicketId, e.At });
        ticketEvent.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        ticketEvent.Property(e => e.ByName).HasMaxLength(200);
        ticketEvent.Property(e => e.Text).HasMaxLength(20000);
    }
}
