namespace ChatDesk.Features.Admin.Channels;

public static class ChannelAdminServiceCollectionExtensions
{
    /// <summary>Channel administration. Needs AddChatDeskData, the AuditLog and ChannelSettingsChanged.</summary>
    public static IServiceCollection AddChatDeskChannelAdmin(this IServiceCollection services) =>
        services.AddSingleton<ChannelAdmin>();
}
