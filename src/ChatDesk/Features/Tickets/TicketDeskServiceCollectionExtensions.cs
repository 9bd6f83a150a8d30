namespace ChatDesk.Features.Tickets;

public static class TicketDeskServiceCollectionExtensions
{
    /// <summary>The staff side of tickets. Needs AddChatDeskData, AddChatDeskMailOutbox and a TimeProvider.
    /// A singleton: each call opens its own context from the factory.</summary>
    public static IServiceCollection AddChatDeskTicketDesk(this IServiceCollection services)
    {
        services.AddSingleton<TicketDesk>();
        return services;
    }
}
