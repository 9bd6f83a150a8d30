namespace ChatDesk.Features.Faq;

internal static class FaqServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskFaq(this IServiceCollection services)
    {
        // One index for the whole app: building it reads every article, so it is shared, built once in the background at startup and then updated per change.
        services.AddSingleton<FaqSearchIndex>();
        // Read once per process whatever the number of apps (tests start many); "" turns Swedish word-list splitting off.
        services.AddSingleton(sp => FaqSwedishDictionary.Load(
            sp.GetRequiredService<IConfiguration>()["Faq:SwedishDictionary"] ?? FaqSwedishDictionary.DefaultPath,
            sp.GetRequiredService<ILogger<FaqSwedishDictionary>>()));
        services.AddHostedService<FaqIndexStartup>();
        // Admin changes go through FaqIndexChanges, which tells the other nodes over the event bus; the follower listens.
        services.AddSingleton<FaqIndexChanges>();
        services.AddHostedService<FaqIndexFollower>();
        return services;
    }
}
