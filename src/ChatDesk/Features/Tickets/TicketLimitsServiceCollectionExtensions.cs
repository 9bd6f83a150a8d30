using ChatDesk.Features.CustomerChat;
using ChatDesk.Hosting;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ChatDesk.Features.Tickets;

public static class TicketLimitsServiceCollectionExtensions
{
    /// <summary>The request form's limits (Abuse:*) and the client address of each customer window.
    /// Needs TicketService (AddChatDeskMailOutbox) and a TimeProvider.</summary>
    public static IServiceCollection AddChatDeskOfflineRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<TicketLimitOptions, TicketLimitOptionsValidator>(configuration, TicketLimitOptions.Section);
        services.AddSingleton<TicketLimiter>();
        services.AddSingleton<OfflineRequests>();
        services.AddHttpContextAccessor();
        services.AddScoped<CustomerClient>();
        services.AddScoped<CircuitHandler, CustomerClientCapture>();
        return services;
    }
}
