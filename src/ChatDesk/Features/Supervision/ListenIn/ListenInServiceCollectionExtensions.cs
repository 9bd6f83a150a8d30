namespace ChatDesk.Features.Supervision.ListenIn;

public static class ListenInServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskListenIn(this IServiceCollection services)
    {
        services.AddSingleton<ListenInDesk>();
        return services;
    }
}
