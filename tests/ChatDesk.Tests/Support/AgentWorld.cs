using ChatDesk.Features.Attachments;
using ChatDesk.Data;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Email;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Tickets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Support;

/// <summary>The real agent services over SQLite in memory, registered by type (so a changed constructor needs
/// no test edits): agents "anna" and "bo" answer the "support" channel, "lars" manages it.</summary>
public sealed class AgentWorld : IDisposable
{
    public TestDatabase Database { get; } = new();
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
    public RecordingChatEvents Events { get; } = new();
    public ServiceProvider Services { get; }
    public int ChannelId { get; }

    public AgentWorld()
    {
        using (var db = Database.CreateDbContext())
        {
            db.Users.Add(new StaffUser { Id = "anna", UserName = "anna", DisplayName = "Anna Svensson", Capacity = 2 });
            db.Users.Add(new StaffUser { Id = "bo", UserName = "bo", DisplayName = "Bo Berg" });
            db.Users.Add(new StaffUser { Id = "lars", UserName = "lars", DisplayName = "Lars Lind" });
            db.SaveChanges();
        }
        ChannelId = Database.AddChannel(configure: c => c.Members =
        [
            new() { UserId = "anna" }, new() { UserId = "bo", Notifications = false },
            new() { UserId = "lars", IsManager = true },
        ]).Id;
        Services = AddTo(new ServiceCollection()).BuildServiceProvider();
    }

    public IServiceCollection AddTo(IServiceCollection services)
    {
        services.AddSingleton<IDbContextFactory<ChatDeskDbContext>>(Database);
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IChatEvents>(Events);
        services.AddLogging();
        services.AddOptions<AgentOptions>();
        foreach (var type in new[]
        {
            typeof(AgentPresence), typeof(ConversationService), typeof(QueueService), typeof(TransferBoard), typeof(AgentDesk),
            typeof(TicketService), typeof(TemplateRenderer), typeof(MailOutbox), typeof(OutboxSignal), typeof(TranscriptMailer),
            typeof(ChannelDirectory), typeof(StaffPreferences), typeof(ReplyLibrary), typeof(QuickReplies),
            typeof(ChatDesk.Features.History.ChatNotes), typeof(ChatDesk.Features.History.ChatRecords), typeof(ChatDesk.Features.History.ConversationSearch),
        })
            services.AddSingleton(type);
        services.AddScoped<WorkspaceState>();
        // The composers carry the attach button; its service reads the channel's limits.
        services.AddChatDeskAttachments(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        Microsoft.Extensions.DependencyInjection.Extensions.ServiceCollectionDescriptorExtensions.TryAddSingleton<Microsoft.AspNetCore.DataProtection.IDataProtectionProvider>(services, new Microsoft.AspNetCore.DataProtection.EphemeralDataProtectionProvider());
        services.AddTransient<ConversationState>();
        services.AddScoped<AgentCircuit>();
        return services;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<long> StartChatAsync(string customer, string question = "Where is my order?") =>
        (await Get<ConversationService>().StartAsync(ChannelId, new CustomerDetails { Name = customer, Email = $"{customer}@example.com" },
            question, null, CancellationToken.None)).Id;

    public async Task<long> ActiveChatAsync(string agentId, string customer)
    {
        var chat = await StartChatAsync(customer);
        Assert.Equal(AcceptOutcome.Accepted, await Get<AgentDesk>().AcceptAsync(agentId, chat, CancellationToken.None));
        return chat;
    }

    public Task SayAsync(long chat, string text) => Get<ConversationService>().SendAsync(chat, AuthorKind.Customer, "Customer",
        Guid.NewGuid(), text, CancellationToken.None);

    public void Dispose()
    {
        Services.Dispose();
        Database.Dispose();
    }
}
