namespace ChatDesk.Features.Setup;

/// <summary>Tells the operator of a database with no admin how to create the first one (no password is ever logged).</summary>
internal sealed class SetupHint(FirstAdmin firstAdmin, ILogger<SetupHint> logger) : IHostedLifecycleService
{
    // Started: after the database is ready and the server listens.
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await firstAdmin.AdminExistsAsync(cancellationToken)) return;
        }
        catch (OperationCanceledException)
        {
            return; // stopped while starting: nobody is there to read the hint
        }
        logger.LogWarning("There is no administrator yet. Create one with `config create-admin USERNAME` " +
            "(prints a generated password once), or open {Path} in a browser on this machine.", SetupServiceCollectionExtensions.Path);
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
