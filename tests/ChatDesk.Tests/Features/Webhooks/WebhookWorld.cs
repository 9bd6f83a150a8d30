using ChatDesk.Data;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Identity;
using ChatDesk.Features.Webhooks;
using ChatDesk.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChatDesk.Tests.Features.Webhooks;

/// <summary>A migrated in-memory database whose contexts carry the webhook capture, as the app's factory does,
/// with the webhook services wired by hand over a fake clock.</summary>
public sealed class WebhookWorld : IDbContextFactory<ChatDeskDbContext>, IDisposable
{
    public static readonly StaffActor Admin = new("admin-id", "admin", new HashSet<string> { StaffRoles.Admin });

    private readonly SharedMemoryDatabase database = new();
    private readonly DbContextOptions<ChatDeskDbContext> options;
    private readonly ServiceProvider services;

    public WebhookWorld(string environment = "Testing", bool allowPrivate = false, int maxAttempts = 12)
    {
        var collection = new ServiceCollection();
        collection.AddSingleton<IDbContextFactory<ChatDeskDbContext>>(this);
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = environment });
        collection.AddSingleton<IOptions<WebhookOptions>>(Options.Create(
            new WebhookOptions { AllowPrivateTargets = allowPrivate, MaxAttempts = maxAttempts, TimeoutSeconds = 5 }));
        collection.AddWebhookHttpClient();
        services = collection.BuildServiceProvider();
        Targets = new WebhookTargets(services);
        Capture = new WebhookCapture(Targets, Time, Signal);
        options = database.ContextOptions().AddInterceptors(Capture).Options;
        using var db = CreateDbContext();
        db.Database.Migrate();
        AdminService = new WebhookAdmin(this, new AuditLog(this, Time), Targets, Signal, Time, new WebhookPolicy(WebhookHttp.AllowsPrivate(services)));
        Conversations = new ConversationService(this, Events, Time);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    public WebhookSignal Signal { get; } = new();
    public WebhookTargets Targets { get; }
    public WebhookCapture Capture { get; }
    public RecordingChatEvents Events { get; } = new();
    public ConversationService Conversations { get; }
    public WebhookAdmin AdminService { get; }

    public ChatDeskDbContext CreateDbContext() => ChatDeskDbContext.Create(options);

    public WebhookSender Sender() => new(this, services.GetRequiredService<IHttpClientFactory>(), Signal, Time,
        services.GetRequiredService<IOptions<WebhookOptions>>(), NullLogger<WebhookSender>.Instance);

    internal WebhookBusFallback Fallback() =>
        new(Events, Targets, Capture, this, Signal, Time, NullLogger<WebhookBusFallback>.Instance);

    public async Task<ChatChannel> AddChannelAsync(string slug = "support")
    {
        var channel = new ChatChannel { Name = slug, Slug = slug, Hours = new OpeningHours { AlwaysOpen = true } };
        await using var db = CreateDbContext();
        db.Channels.Add(channel);
        await db.SaveChangesAsync();
        return channel;
    }

    public async Task<WebhookSubscription> SubscribeAsync(int channelId, string url, params string[] events)
    {
        var result = await AdminService.CreateAsync(Admin, channelId, url, events.Length == 0 ? WebhookEvents.All : events, CancellationToken.None);
        Assert.Empty(result.Errors);
        return result.Created!;
    }

    public async Task<List<WebhookDelivery>> DeliveriesAsync()
    {
        await using var db = CreateDbContext();
        return await db.Set<WebhookDelivery>().AsNoTracking().OrderBy(d => d.Id).ToListAsync();
    }

    public void Dispose()
    {
        services.Dispose();
        database.Dispose();
    }
}
