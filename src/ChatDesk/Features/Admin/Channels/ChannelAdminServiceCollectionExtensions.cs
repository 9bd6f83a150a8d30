namespace ChatDesk.Features.Admin.Channels;

public static class ChannelAdminServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskChannelAdmin(this IServiceCollection services) => services;
}
