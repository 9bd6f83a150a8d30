using ChatDesk.Features.Tickets;

namespace ChatDesk.Features.Email;

internal static class MailServiceCollectionExtensions
{
    /// <summary>The outbox and what writes to it. Needs AddChatDeskData, AddChatDeskEmail (IEmailSender) and a
    /// TimeProvider. Singletons: each call opens its own context from the factory.</summary>
    public static IServiceCollection AddChatDeskMailOutbox(this IServiceCollection services)
    {
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<MailOutbox>();
        // One instance is both the hosted loop and the service UIs subscribe to for MailSent / MailFailed.
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        services.AddSingleton<TemplateRenderer>();
        services.AddSingleton<TranscriptMailer>();
        services.AddSingleton<TicketService>();
        return services;
    }
}
