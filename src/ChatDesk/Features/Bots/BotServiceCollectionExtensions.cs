namespace ChatDesk.Features.Bots;

public static class BotServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskBots(this IServiceCollection services) => services.AddSingleton<BotDesk>();

    /// <summary>The bot routes under /api/v1, beside the public API's own.</summary>
    public static WebApplication MapChatDeskBots(this WebApplication app)
    {
        BotEndpoints.Map(app.MapGroup("/api/v1"));
        return app;
    }
}
