using ChatDesk.Data;
using ChatDesk.Data.Seeding;
using ChatDesk.Features.Admin;
using ChatDesk.Features.Admin.Configuration;
using ChatDesk.Features.Admin.Staff;
using ChatDesk.Features.Agents;
using ChatDesk.Features.Channels;
using ChatDesk.Features.Conversations;
using ChatDesk.Features.Faq;
using ChatDesk.Features.Identity;
using ChatDesk.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatDesk.Tests.Features.Admin.Staff;

/// <summary>The admin services (staff, configuration file) with real Identity over a migrated test database.</summary>
public sealed class AdminServices : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    public AdminServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDbContextFactory<ChatDeskDbContext>>(Database);
        services.AddScoped(_ => Database.CreateDbContext());
        services.AddIdentityCore<StaffUser>().AddRoles<IdentityRole>().AddEntityFrameworkStores<ChatDeskDbContext>();
        services.AddSingleton<StaffSessions>();
        services.AddSingleton<ChannelSettingsChanged>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<FaqSearchIndex>();
        services.AddSingleton<FaqIndexChanges>();
        services.AddScoped<RoleSeeder>();
        services.AddSingleton<IChatEvents>(Events);
        services.AddSingleton<ConversationService>();
        services.AddSingleton<AgentPresence>();
        services.AddChatDeskStaffAdmin();
        services.AddChatDeskConfigurationFile();
        provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetRequiredService<RoleSeeder>().SeedAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public TestDatabase Database { get; } = new();
    public RecordingChatEvents Events { get; } = new();

    public StaffAdmin Staff => provider.GetRequiredService<StaffAdmin>();
    public ConversationService Conversations => provider.GetRequiredService<ConversationService>();
    public AgentPresence Presence => provider.GetRequiredService<AgentPresence>();
    public ConfigurationFile Configuration => provider.GetRequiredService<ConfigurationFile>();
    public AuditLog Audit => provider.GetRequiredService<AuditLog>();
    public StaffSessions Sessions => provider.GetRequiredService<StaffSessions>();
    public ChannelSettingsChanged ChannelsChanged => provider.GetRequiredService<ChannelSettingsChanged>();

    /// <summary>A user straight through Identity (no audit), e.g. the acting admin.</summary>
    public async Task<StaffUser> AddUserAsync(string userName, string role, Action<StaffUser>? configure = null, string? password = "Start-Pass-1")
    {
        using var scope = provider.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = userName, Email = userName + "@example.test", DisplayName = userName + " Person", EmailConfirmed = true };
        configure?.Invoke(user);
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRolesAsync(user, role.Split(','))).Succeeded);
        return user;
    }

    public static StaffActor ActorFor(StaffUser user, params string[] roles) => new(user.Id, user.UserName!, roles.ToHashSet());

    public async Task<bool> CheckPasswordAsync(string userName, string password)
    {
        using var scope = provider.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByNameAsync(userName);
        return user is not null && await users.CheckPasswordAsync(user, password);
    }

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        Database.Dispose();
    }
}
