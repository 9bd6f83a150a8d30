using ChatDesk.Data.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace ChatDesk.Hosting;

/// <summary>Tells whoever started the app where to point a browser.</summary>
internal sealed class StartupBanner(
    IServer server, IHostApplicationLifetime lifetime, IOptions<DemoOptions> demo, ILogger<StartupBanner> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Log);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Log()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? ChatDeskComposition.DefaultUrl;
        address = address.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").TrimEnd('/');
        logger.LogInformation("Customer chat page: {Url}/chat/support (Swedish: {Url}/chat/support-sv)", address, address);
        logger.LogInformation("Example company page with the chat icon: {Url}/demo", address);
        logger.LogInformation("Staff login: {Url}/account/login", address);
        // Never the password itself: logs are collected, shipped and kept where passwords must not be.
        if (demo.Value.Seed)
            logger.LogInformation("Demo accounts: {Users} (password: see \"Demo accounts\" in README.md, setting Demo:Password)",
                string.Join(", ", DemoStaff.UserNames));
    }
}
