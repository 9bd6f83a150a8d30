using ChatDesk.Features.CustomerChat;

namespace ChatDesk.Hosting;

internal static class HotPathServiceCollectionExtensions
{
    /// <summary>Caches on the hot path (issue 12): the widget's channel answers. Needs ChannelDirectory and
    /// ChannelSettingsChanged.</summary>
    public static IServiceCollection AddChatDeskHotPath(this IServiceCollection services)
    {
        services.AddSingleton<WidgetChannels>();
        return services;
    }
}
