namespace ChatDesk.Hosting;

/// <summary>One sender's passes over a persisted queue (the mail outbox, webhooks): passes of one instance never
/// overlap (other instances are kept off by the claims), and a pass pages by id, so a large backlog is read in small
/// batches and each row is tried once per pass.</summary>
internal sealed class QueuePasses(int batchSize) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Stored in ClaimedBy: which sender holds a row, for the admin pages and the logs.</summary>
    public static string NewSenderId()
    {
        var id = $"{Environment.MachineName}/{Guid.NewGuid():N}";
        return id.Length <= 100 ? id : id[^100..];
    }

    /// <summary>Hands every due row to <paramref name="handle"/>; returns how many it reported done.</summary>
    public async Task<int> RunAsync<T>(Func<long, CancellationToken, Task<List<T>>> loadAfter, Func<T, long> idOf,
        Func<T, CancellationToken, Task<bool>> handle, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            var done = 0;
            for (var afterId = 0L; ;)
            {
                var batch = await loadAfter(afterId, cancellationToken);
                foreach (var row in batch)
                    if (await handle(row, cancellationToken)) done++;
                if (batch.Count < batchSize) return done;
                afterId = idOf(batch[^1]);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>A pass for the background loop: a locked or missing database must not stop the host, the next
    /// pass tries again.</summary>
    public static Func<CancellationToken, Task> Safely(Func<CancellationToken, Task> pass, ILogger logger, string queue) =>
        async stoppingToken =>
        {
            try
            {
                await pass(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "{Queue} pass failed; retrying on the next poll.", queue);
            }
        };

    public void Dispose() => gate.Dispose();
}
