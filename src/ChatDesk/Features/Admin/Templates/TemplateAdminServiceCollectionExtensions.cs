namespace ChatDesk.Features.Admin.Templates;

public static class TemplateAdminServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskTemplateAdmin(this IServiceCollection services)
    {
        services.AddSingleton<TemplateAdmin>();
        services.AddSingleton<TemplatePreview>();
        return services;
    }
}
