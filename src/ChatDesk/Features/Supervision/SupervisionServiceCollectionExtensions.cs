namespace ChatDesk.Features.Supervision;

public static class SupervisionServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskSupervision(this IServiceCollection services)
    {
        services.AddSingleton<SupervisionService>();
        services.AddSingleton<TodayFiguresService>();
        services.AddSingleton<ManagerWarnings>();
        return services;
    }
}
