using ChatDesk.Features.Channels;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatDesk.Features.Admin.Channels;

public static class ChannelAdminServiceCollectionExtensions
{
    /// <summary>Channel administration. Needs AddChatDeskData and the AuditLog. Also registers the
    /// ChannelSettingsChanged notifier that open customer pages listen to (TryAdd: the channel block may own it).</summary>
    public static IServiceCollection AddChatDeskChannelAdmin(this IServiceCollection services)
    {
        services.TryAddSingleton<ChannelSettingsChanged>();
        services.AddSingleton<ChannelAdmin>();
        return services;
    }
}
