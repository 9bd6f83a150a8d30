namespace ChatDesk.Features.Admin.Outbox;

public static class OutboxAdminServiceCollectionExtensions
{
    /// <summary>Needs AddChatDeskMailOutbox (OutboxSignal) and AuditLog.</summary>
    public static IServiceCollection AddChatDeskOutboxAdmin(this IServiceCollection services)
    {
        services.AddSingleton<OutboxAdmin>();
        return services;
    }
}
