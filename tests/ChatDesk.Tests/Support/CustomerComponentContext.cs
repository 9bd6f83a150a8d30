using ChatDesk.Features.Attachments;
using ChatDesk.Data;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Email;
using ChatDesk.Features.EmailValidation;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Queue;
using ChatDesk.Features.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatDesk.Tests.Support;

/// <summary>bUnit context with the real customer-side services over an in-memory database and fakes for
/// the outside world (DNS answers, mail).</summary>
public abstract class CustomerComponentContext : ComponentTestContext
{
    protected CustomerComponentContext()
    {
        Services.AddSingleton<IDbContextFactory<ChatDeskDbContext>>(Database);
        Services.AddSingleton<IChatEvents>(Events);
        Services.AddSingleton<IEmailDomainChecker>(Domains);
        Services.AddSingleton<IEmailSender>(Mail);
        Services.AddSingleton(Options.Create(new EmailValidationOptions { CheckDomain = true }));
        Services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        Services.AddSingleton<CustomerEmailCheck>();
        Services.AddSingleton<ConversationService>();
        Services.AddSingleton<AgentPresence>();
        Services.AddChatDeskMailOutbox();
        // The composers carry the attach button; its service reads the channel's limits.
        Services.AddChatDeskAttachments(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(Services, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());
        // The whole customer page: ChatPage and what it shows.
        Services.AddSingleton<FaqSearchIndex>();
        Services.AddSingleton<ChannelDirectory>();
        Services.AddSingleton<ChannelAvailability>();
        Services.AddSingleton<ChannelSettingsChanged>();
        Services.AddSingleton<QueueInsight>();
        Services.AddSingleton<TicketService>();
        // The request form's limits, generous here; a test that wants them tighter replaces the options.
        Services.AddSingleton(Options.Create(new TicketLimitOptions { TicketFormMinSeconds = 0 }));
        Services.AddSingleton<TicketLimiter>();
        Services.AddSingleton<OfflineRequests>();
        Services.AddHttpContextAccessor();
        Services.AddScoped<CustomerClient>();
        Services.AddSingleton<CustomerConnections>();
        Services.AddScoped<CustomerCircuit>();
        Services.AddSingleton<ChatDesk.Features.Abuse.ChatSendThrottle>();
        Services.AddScoped<CustomerChatFlow>();
        Services.AddSingleton<ChatDesk.Features.Identity.AgentPhotos>();
        Channel = Database.AddChannel("support", c =>
        {
            c.Offline.Header = "We're closed right now";
            c.PostChat.Header = "Thanks for chatting";
        });
    }

    protected TestDatabase Database { get; } = new();
    protected RecordingChatEvents Events { get; } = new();
    protected FakeDomainChecker Domains { get; } = new();
    protected FakeEmailSender Mail { get; } = new();
    protected ChatChannel Channel { get; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Database.Dispose();
    }
}

/// <summary>Answers domain checks from a table; anything not in it "accepts mail".</summary>
public sealed class FakeDomainChecker : IEmailDomainChecker
{
    public Dictionary<string, DomainCheck> Answers { get; } = [];

    public Task<DomainCheck> CheckAsync(string asciiDomain, CancellationToken cancellationToken) =>
        Task.FromResult(Answers.GetValueOrDefault(asciiDomain, DomainCheck.AcceptsMail));
}
