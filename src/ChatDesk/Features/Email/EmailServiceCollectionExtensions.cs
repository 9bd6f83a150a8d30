using ChatDesk.Hosting;
using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Email;

internal static class EmailServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SmtpOptions, SmtpOptionsValidator>(configuration, SmtpOptions.Section);
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<PickupDirectoryEmailSender>();
        services.AddSingleton<IEmailSender>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<SmtpOptions>>().Value.Host)
                ? sp.GetRequiredService<PickupDirectoryEmailSender>()
                : sp.GetRequiredService<SmtpEmailSender>());
        return services;
    }
}
