using ChatDesk.Features.Tickets;

namespace ChatDesk.Features.Email;

internal static class MailServiceCollectionExtensions
{
    /// <summary>The outbox and what writes to it. Needs AddChatDeskData, AddChatDeskEmail (IEmailSender and
    /// SmtpOptions), IChatEvents, ConversationService, CustomerEmailCheck and a TimeProvider. Singletons: each call opens its own
    /// context from the factory.</summary>
    public static IServiceCollection AddChatDeskMailOutbox(this IServiceCollection services)
    {
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<TranscriptOutcomes>();
        // Registered as itself too, so tests and tools can run a pass on the hosted instance.
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        services.AddSingleton<TemplateRenderer>();
        services.AddSingleton<TranscriptMailer>();
        services.AddSingleton<TranscriptAddress>();
        services.AddSingleton<TicketService>();
        return services;
    }
}
