namespace ChatDesk.Features.Admin.Faq;

public static class FaqAdminServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskFaqAdmin(this IServiceCollection services)
    {
        services.AddSingleton<FaqAdmin>();
        services.AddSingleton<FaqTransfer>();
        return services;
    }
}
