using ChatDesk.Hosting;

namespace ChatDesk.Features.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Retention job, export and erase. Needs AddChatDeskData, AuditLog and a TimeProvider.</summary>
    public static IServiceCollection AddChatDeskPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PrivacyOptions, PrivacyOptionsValidator>(configuration, PrivacyOptions.Section);
        services.AddSingleton<PrivacyService>();
        services.AddSingleton<RetentionService>();
        services.AddHostedService<RetentionJob>();
        return services;
    }
}
