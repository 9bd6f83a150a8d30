using ChatDesk.Features.Conversations;
using ChatDesk.Hosting;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.SignalR;

namespace ChatDesk.Features.Abuse;

public static class AbuseServiceCollectionExtensions
{
    // Worst case a browser sends per UTF-16 unit of a text (in the input event and in the send call): six bytes, as
    // a control character or a lone surrogate is escaped \uXXXX in JSON. A box filled to its limit must still reach
    // the server, where it is refused with a message; a bigger frame would drop the connection instead.
    internal const long MaxHubMessageBytes = ChatText.MaxPasteLength * 6L + 32 * 1024;

    public static IServiceCollection AddChatDeskAbuseLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<AbuseOptions, AbuseOptionsValidator>(configuration, AbuseOptions.Section);
        services.AddSingleton<ChatSendThrottle>();
        services.AddSingleton<CircuitCounter>();
        services.AddSingleton<CircuitAdmission>();
        services.AddScoped<CircuitHandler, CircuitSlotHandler>();
        services.AddServerSideBlazor().AddHubOptions(hub =>
        {
            hub.MaximumReceiveMessageSize = MaxHubMessageBytes;
            hub.AddFilter<CircuitAdmission>();
        });
        services.AddRateLimiter(limits => limits
            .AddPolicy<string, WidgetRateLimit>(WidgetRateLimit.Name)
            .AddPolicy<string, FaqSuggestRateLimit>(FaqSuggestRateLimit.Name));
        return services;
    }
}
