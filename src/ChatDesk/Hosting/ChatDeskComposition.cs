using ChatDesk.Components;
using ChatDesk.Data;
using ChatDesk.Data.Seeding;
using ChatDesk.Features.Abuse;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Channels;
using ChatDesk.Features.Admin.Configuration;
using ChatDesk.Features.Admin.Faq;
using ChatDesk.Features.Admin.Images;
using ChatDesk.Features.Admin.Outbox;
using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Admin.Templates;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Api;
using ChatDesk.Features.Attachments;
using ChatDesk.Features.Bots;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Conversations.Bus;
using ChatDesk.Features.CustomerChat;
using ChatDesk.Features.Queue;
using ChatDesk.Features.Setup;
using Microsoft.AspNetCore.Components.Server.Circuits;
using ChatDesk.Features.Email;
using ChatDesk.Features.EmailValidation;
using ChatDesk.Features.Faq;
using ChatDesk.Features.History;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Privacy;
using ChatDesk.Features.Supervision;
using ChatDesk.Features.Supervision.ListenIn;
using ChatDesk.Features.Supervision.Reports;
using ChatDesk.Features.Tickets;
using ChatDesk.Features.Webhooks;
using ChatDesk.Hosting.Jobs;
using MudBlazor.Services;

namespace ChatDesk.Hosting;

public static class ChatDeskComposition
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplicationBuilder AddChatDesk(this WebApplicationBuilder builder)
    {
        // The run command needs no flags: without --urls / ASPNETCORE_URLS the app listens on the documented port.
        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
            builder.WebHost.UseUrls(DefaultUrl);

        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();

        services.AddChatDeskData(configuration);
        services.AddChatDeskJobLeases();
        services.AddChatDeskSqliteTuning(configuration);
        services.AddChatDeskDataProtection(configuration);
        services.AddChatDeskTransportSecurity(configuration);
        services.AddChatDeskIdentity(configuration);
        services.AddChatDeskEmail(configuration);
        services.AddChatDeskMailOutbox();
        services.AddChatDeskFaq();
        services.AddChatDeskFaqSemantic();
        services.AddChatDeskTicketDesk();
        services.AddChatDeskOfflineRequests(configuration);

        services.AddValidatedOptions<EmailValidationOptions, EmailValidationOptionsValidator>(configuration, EmailValidationOptions.Section);
        services.AddSingleton<IEmailDomainChecker, DnsEmailDomainChecker>();
        services.AddSingleton<CustomerEmailCheck>();
        services.AddScoped<CustomerChatFlow>();
        services.AddChatDeskAgentPhotos();

        services.AddChatDeskBus(configuration);
        services.AddSingleton<ConversationService>();
        services.AddSingleton<QueueService>();
        services.AddSingleton<AgentDesk>();
        services.AddChatDeskHistory();
        services.AddSingleton<TransferBoard>();
        services.AddScoped<WorkspaceState>();
        services.AddTransient<ConversationState>();
        services.AddSingleton<ReplyLibrary>();
        services.AddSingleton<QuickReplies>();
        services.AddHostedService<AutoRouter>();
        services.AddHostedService<QueueWarnings>();
        services.AddSingleton<QueueInsight>();
        services.AddChatDeskHotPath();
        services.AddValidatedOptions<ChatOptions, ChatOptionsValidator>(configuration, ChatOptions.Section);
        services.AddSingleton<CustomerConnections>();
        services.AddHostedService<CustomerLeaseRenewal>();
        services.AddScoped<CustomerCircuit>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CustomerCircuit>());
        services.AddHostedService<ChatTimeouts>();
        services.AddChatDeskChatTokens();

        services.AddChatDeskDemo(configuration, builder.Environment);

        services.AddSingleton<ChannelDirectory>();
        services.AddSingleton<ChannelSettingsChanged>();
        services.AddSingleton<StaffPreferences>();
        services.AddValidatedOptions<AgentOptions, AgentOptionsValidator>(configuration, AgentOptions.Section);
        services.AddSingleton<AgentPresence>();
        services.AddScoped<AgentCircuit>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<AgentCircuit>());
        services.AddHostedService<PresenceExpiry>();
        services.AddSingleton<ChannelAvailability>();
        services.AddHostedService<StartupBanner>();

        services.AddChatDeskSupervision();
        services.AddChatDeskReports();
        services.AddChatDeskListenIn();
        services.AddSingleton<AuditLog>();
        services.AddChatDeskChannelAdmin();
        services.AddChatDeskFaqAdmin();
        services.AddChatDeskTemplateAdmin();
        services.AddChatDeskStaffAdmin();
        services.AddChatDeskConfigurationFile();
        services.AddChatDeskImages();
        services.AddChatDeskOutboxAdmin();
        services.AddChatDeskPrivacy(configuration);
        services.AddChatDeskAbuseLimits(configuration);
        services.AddChatDeskSetup();
        services.AddChatDeskPublicApi(configuration);
        services.AddChatDeskWebhooks(configuration);
        services.AddChatDeskBots();
        services.AddChatDeskAttachments(configuration);
        return builder;
    }

    public static WebApplication MapChatDesk(this WebApplication app)
    {
        app.UseChatDeskTransportSecurity();
        app.UseChatDeskSecurityHeaders();
        // Called here so they run after the two above: left out, WebApplication puts them first, so a sign-in
        // redirect would miss the security headers and be built before the proxy's scheme is applied.
        app.UseAuthentication();
        app.UseAuthorization();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseChatDeskSetup();
        app.UseAntiforgery();
        app.UseRateLimiter();

        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        app.MapAccountEndpoints();
        app.MapWidgetEndpoints();
        app.MapFaqSuggestEndpoint();
        app.MapCustomerLeftEndpoint();
        app.MapReportEndpoints();
        app.MapConfigurationEndpoints();
        app.MapChatDeskImages();
        app.MapChatDeskPublicApi();
        app.MapChatDeskBots();
        app.MapAttachmentEndpoints();
        // The frame-ancestors policy is part of the one Content-Security-Policy that SecurityHeaders sets.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }
}
