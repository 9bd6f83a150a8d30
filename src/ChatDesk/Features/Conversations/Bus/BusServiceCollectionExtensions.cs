namespace ChatDesk.Features.Conversations.Bus;

internal static class BusServiceCollectionExtensions
{
    /// <summary>The event bus (<see cref="IChatEvents"/>): this process only, or Redis pub/sub between nodes when
    /// ChatDesk:Redis is set. Every cross-user signal goes through it.</summary>
    public static IServiceCollection AddChatDeskBus(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RedisBusOptions.Section);
        services.Configure<RedisBusOptions>(section);
        services.AddSingleton<InProcessChatEvents>();
        if (string.IsNullOrWhiteSpace(section[nameof(RedisBusOptions.Redis)]))
            services.AddSingleton<IChatEvents>(sp => sp.GetRequiredService<InProcessChatEvents>());
        else
            services.AddSingleton<IChatEvents, RedisChatEvents>();
        return services;
    }
}
