using ChatDesk.Features.Conversations;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChatDesk.Data.Configurations;

/// <summary>Column limits shared by every entity that carries a customer's details.</summary>
internal static class CustomerDetailsMapping
{
    public static void Configure(ComplexPropertyBuilder<CustomerDetails> customer)
    {
        customer.Property(c => c.Name).HasMaxLength(200);
        customer.Property(c => c.Email).HasMaxLength(254);
        customer.Property(c => c.Company).HasMaxLength(200);
        customer.Property(c => c.Phone).HasMaxLength(50);
        customer.Property(c => c.Country).HasMaxLength(100);
        customer.Property(c => c.TimeZoneId).HasMaxLength(100);
    }
}
