namespace ChatDesk.Features.Admin.Faq;

public static class FaqAdminServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskFaqAdmin(this IServiceCollection services) => services;
}
