using Microsoft.Extensions.Options;

namespace ChatDesk.Features.Attachments;

public static class AttachmentServiceCollectionExtensions
{
    public static IServiceCollection AddChatDeskAttachments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AttachmentOptions>().Bind(configuration.GetSection(AttachmentOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AttachmentOptions>, AttachmentOptionsValidator>();
        services.AddSingleton<IAttachmentStore, DatabaseAttachmentStore>();
        services.AddSingleton<AttachmentService>();
        services.AddSingleton<AttachmentLinks>();
        return services;
    }
}
