namespace ChatDesk.Features.Faq;

internal static class FaqServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskFaq(this IServiceCollection services)
    {
        // One index for the whole app: building it reads every article, so it is shared and rebuilt only when invalidated.
        services.AddSingleton<FaqSearchIndex>();
        return services;
    }
}
